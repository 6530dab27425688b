// A checklist id in `.cborc.yaml` that names no checklist. `checklists: [cbo-proces]` used to
// choose exactly that one checklist, which does not exist, so every plan checked against
// nothing and passed. The ids known are only clear once the team checklist files the config
// names are loaded, so the host and the CLI call this after loading them.
import { isMap, isScalar, isSeq } from 'yaml';
import { BUILT_IN_CHECKLISTS } from './checklist/builtins';
import { checklistEntries } from './checklist/load';
import type { Finding, Lang } from './finding';
import { LineIndex } from './positions';
import { parseYaml } from './parse/yaml-parse';
import { josa } from './text/josa';

/** The ids `checklists:` names that are neither built in nor a loaded team checklist's. */
export function unknownChecklistIds(entries: string[] | undefined, teamIds: readonly string[]): string[] {
  const known = new Set([...BUILT_IN_CHECKLISTS.map((c) => c.id), ...teamIds]);
  return checklistEntries(entries).ids.filter((id) => !known.has(id));
}

/**
 * The checklists a config chooses: naming only files means "these and the built-in ones" (no
 * ids: all); naming ids chooses exactly those and the files' checklists. An id that names no
 * checklist is left out (a config finding says so), and a config whose every id is unknown
 * chooses as if it named none, so a typo never leaves a plan checked against nothing.
 */
export function chosenChecklistIds(entries: string[] | undefined, teamIds: readonly string[]): string[] {
  const unknown = new Set(unknownChecklistIds(entries, teamIds));
  const known = checklistEntries(entries).ids.filter((id) => !unknown.has(id));
  return known.length ? [...new Set([...known, ...teamIds])] : [];
}

/** A config finding at each unknown id's entry (the start of the file if it cannot be found). */
export function unknownChecklistIdFindings(text: string, unknown: readonly string[], teamIds: readonly string[], lang: Lang): Finding[] {
  if (!unknown.length) return [];
  const doc = parseYaml(text, { prettyErrors: false });
  const list = isMap(doc.contents) ? doc.contents.get('checklists', true) : undefined;
  const lines = new LineIndex(text);
  const known = [...BUILT_IN_CHECKLISTS.map((c) => c.id), ...teamIds].join(', ');
  return unknown.map((id) => {
    const node = isSeq(list) ? list.items.find((n) => isScalar(n) && n.value === id) : undefined;
    const range = isScalar(node) && node.range ? node.range : [0, 0];
    const span = { start: range[0], end: Math.max(range[0], range[1]) };
    const message = lang === 'ko'
      ? `설정: 체크리스트 "${id}"${josa(id, '은')} 없습니다(있는 것: ${known}). 이 항목은 무시합니다.`
      : `Config: there is no checklist "${id}" (known: ${known}); this entry is ignored.`;
    return { ruleId: 'config', severity: 'error', message, span, start: lines.position(span.start), end: lines.position(span.end) };
  });
}
