// GitLab code-quality report (the Code Climate JSON GitLab reads from a job's
// `artifacts:reports:codequality`), so findings show in merge requests beside the changed lines.
// The fingerprint stays the same while a finding stays (path, rule, message, and which of the
// same ones it is), not its line, so GitLab can tell new findings from old ones that moved.
import { createHash } from 'node:crypto';
import type { Severity } from '../core/finding';
import type { FileFindings } from './sarif';

export interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: string[];
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number } };
  engine_name: 'cbo';
}

const SEVERITY: Record<Severity, CodeQualityIssue['severity']> = { error: 'major', warning: 'minor', info: 'info' };

export function toGitlab(results: FileFindings[]): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return results.flatMap((r) =>
    r.findings.map((f) => {
      const base = `${r.file}\u0000${f.ruleId}\u0000${f.message}`;
      const nth = (seen.get(base) ?? 0) + 1;
      seen.set(base, nth);
      return {
        type: 'issue' as const,
        check_name: f.ruleId,
        description: `${f.ruleId}: ${f.message}`,
        categories: ['Style'],
        severity: SEVERITY[f.severity],
        fingerprint: createHash('sha256').update(`${base}\u0000${nth}`).digest('hex').slice(0, 32),
        location: { path: r.file, lines: { begin: f.start.line + 1, end: f.end.line + 1 } },
        engine_name: 'cbo' as const,
      };
    }),
  );
}
