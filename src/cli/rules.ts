// `cbo rules [--format json]`: every rule the engine can report.
import { maxOf } from '../core/arrays';
import { ruleCatalog } from '../core/rules/catalog';
import { chooseLang, formatArg, langChoice, parseArgs } from './args';
import { jsonDocument } from './escape';
import type { CliIo } from './io';
import { printHelp, type Help } from './help';

export const RULES_HELP: Help = {
  en: `Usage: cbo rules [options]

Lists every rule the engine can report: id, default severity, scope and what it asks for.

Options:
  --format text|json   output format (default text)
  --lang en|ko         language of the descriptions (default: from LANG, else en)
`,
  ko: `사용법: cbo rules [옵션]

엔진이 보고할 수 있는 모든 규칙을 나열합니다: ID, 기본 심각도, 범위, 규칙이 요구하는 것.

옵션:
  --format text|json   출력 형식 (기본값 text)
  --lang en|ko         설명의 언어 (기본값: LANG을 따름, 아니면 en)
`,
};

export async function listRules(args: string[], io: CliIo, env: Record<string, string | undefined> = {}): Promise<number> {
  const p = parseArgs(args, { '--format': true, '--lang': true, '--help': false });
  if (p.flags.has('--help')) return printHelp(io, RULES_HELP, args, env);
  const format = formatArg(p, ['text', 'json']);
  const rules = ruleCatalog(chooseLang(langChoice(p, env)));
  if (format === 'json') {
    io.stdout(jsonDocument(rules.map(({ id, name, scope, defaultSeverity, docs, description }) => ({ id, name, scope, defaultSeverity, docs, description }))));
    return 0;
  }
  const w = maxOf(rules.map((r) => r.id.length), 0);
  for (const r of rules) io.stdout(`${r.id.padEnd(w)}  ${r.defaultSeverity.padEnd(7)}  ${r.scope.padEnd(9)}  ${r.description}\n`);
  return 0;
}
