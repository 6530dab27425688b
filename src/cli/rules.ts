// `cbo rules [--format json]`: every rule the engine can report.
import { maxOf } from '../core/arrays';
import { ruleCatalog } from '../core/rules/catalog';
import { formatArg, langArg, parseArgs } from './args';
import { jsonDocument } from './escape';
import type { CliIo } from './io';

export const RULES_HELP = `Usage: cbo rules [options]

Lists every rule the engine can report: id, default severity, scope and what it asks for.

Options:
  --format text|json   output format (default text)
  --lang en|ko         language of the descriptions (default: from LANG, else en)
`;

export async function listRules(args: string[], io: CliIo, env: Record<string, string | undefined> = {}): Promise<number> {
  const p = parseArgs(args, { '--format': true, '--lang': true, '--help': false });
  if (p.flags.has('--help')) {
    io.stdout(RULES_HELP);
    return 0;
  }
  const format = formatArg(p, ['text', 'json']);
  const rules = ruleCatalog(langArg(p, env) ?? 'en');
  if (format === 'json') {
    io.stdout(jsonDocument(rules.map(({ id, name, scope, defaultSeverity, docs, description }) => ({ id, name, scope, defaultSeverity, docs, description }))));
    return 0;
  }
  const w = maxOf(rules.map((r) => r.id.length), 0);
  for (const r of rules) io.stdout(`${r.id.padEnd(w)}  ${r.defaultSeverity.padEnd(7)}  ${r.scope.padEnd(9)}  ${r.description}\n`);
  return 0;
}
