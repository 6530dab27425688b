// A `.cborc.yaml` read with its problems as findings with positions, so the editor shows them
// as diagnostics on that file (and the CLI can print a line and a column).
import { parseConfigText, positionedConfigFindings, type CboConfig } from './config';
import type { Finding, Lang } from './finding';

export function readConfig(text: string, lang: Lang = 'en'): { config: CboConfig; findings: Finding[] } {
  const r = parseConfigText(text, lang);
  return { config: r.config, findings: positionedConfigFindings(text, r.findings) };
}

/** The finding for a config file that is there but cannot be read (permissions, a FIFO, ...). */
export function unreadableConfigFinding(reason: string, lang: Lang = 'en'): Finding {
  const at = { line: 0, character: 0 };
  return { ruleId: 'config', severity: 'error', message: (lang === 'ko' ? '설정 파일을 읽을 수 없습니다: ' : 'Cannot read this config file: ') + reason, span: { start: 0, end: 0 }, start: at, end: at };
}
