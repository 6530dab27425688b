// SARIF 2.1.0 output, for code-scanning uploads in CI.
import type { Finding, Lang, Severity } from '../core/finding';
import { REPOSITORY_URL } from '../core/repository';
import type { RuleInfo } from '../core/rules/catalog';
import { RULE_DOCS } from './generated/rule-docs.js';
import { ruleHelp } from './sarif-help';

export interface FileFindings {
  /** Forward slashes; for SARIF and GitLab from the git work tree's root (check.ts fromRepoRoot), else from the working folder. */
  file: string;
  findings: Finding[];
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** `rules` in the run's language (`ruleCatalog(lang)`); `lang` also picks the words of each rule's help. */
export function toSarif(results: FileFindings[], rules: RuleInfo[], version: string, lang: Lang): object {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cbo',
            fullName: 'CBO Guide',
            version,
            informationUri: REPOSITORY_URL,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.name.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
              shortDescription: { text: r.name },
              fullDescription: { text: r.description },
              helpUri: r.docs,
              // The rule-help panel of code scanning shows this beside an alert.
              help: ruleHelp(r, lang, RULE_DOCS[r.id]),
              // A rule off by default is listed as not enabled; code scanning still reads its level as a note.
              defaultConfiguration: r.defaultSeverity === 'off' ? { enabled: false, level: 'note' } : { level: LEVEL[r.defaultSeverity] },
              properties: { scope: r.scope, tags: ['cbo', r.scope] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        // What check.ts's fromRepoRoot makes the paths relative to (node/repo-root.ts).
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the git work tree cbo check ran in (the nearest folder at or above it that holds .git); outside a work tree, the folder it ran in.' } } },
        artifacts: results.map((r) => ({ location: { uri: encodeUri(r.file), uriBaseId: '%SRCROOT%' } })),
        results: results.flatMap((r, artifactIndex) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeUri(r.file), uriBaseId: '%SRCROOT%', index: artifactIndex },
                  region: { startLine: f.start.line + 1, startColumn: f.start.character + 1, endLine: f.end.line + 1, endColumn: f.end.character + 1 },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}

function encodeUri(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}
