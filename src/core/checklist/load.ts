// Team checklists, read from the text of a YAML or JSON file named in `.cborc.yaml`
// (`checklists: [cbo-process, ./our-gates.yaml]`). Validated against
// schemas/checklist.schema.json by a precompiled validator; only ever read as data.

import { validateChecklist } from '../generated/validators.js';
import type { Checklist } from './types';
import { parseYaml } from '../parse/yaml-parse';
import { excerpt } from '../text/excerpt';

export function parseChecklistText(text: string, name: string): { checklist?: Checklist; problem?: string } {
  const doc = parseYaml(text, { prettyErrors: false });
  // The parser's words and the schema's path quote the file: cut, as every quote of it is.
  if (doc.errors.length) return { problem: `${name}: ${excerpt(doc.errors[0]!.message.split('\n')[0]!, 120)}` };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    // An alias bomb in our words, not the library's "ReferenceError: Excessive alias count…";
    // an alias to no anchor in the parser's, cut (they end with the alias's name).
    const words = /Excessive alias count/.test(String(e)) ? 'its aliases (*name) expand too far to read safely; write the values out instead' : excerpt((e as Error).message.split('\n')[0]!, 120);
    return { problem: `${name}: ${words}` };
  }
  if (!validateChecklist(value)) {
    const e = validateChecklist.errors?.[0];
    return { problem: `${name}: ${excerpt(e?.instancePath || '(top)')} ${e?.message ?? 'does not match the checklist schema'}` };
  }
  const c = value as Checklist;
  // impliedBy names items of the same checklist: a typo would silently never apply.
  const ids = new Set(c.groups.flatMap((g) => g.items.map((i) => i.id)));
  for (const g of c.groups) for (const i of g.items) for (const id of i.evidence.impliedBy ?? []) {
    if (!ids.has(id)) return { problem: `${name}: ${excerpt(`/groups/${g.id}/items/${i.id}`)}/evidence/impliedBy names "${excerpt(id, 60)}", which is not an item of this checklist` };
  }
  for (const g of c.groups) for (const i of g.items) {
    i.required ??= true;
    i.skeleton ??= { en: `- **${i.title.en}**: \${1:}`, ko: `- **${i.title.ko}**: \${1:}` };
  }
  return { checklist: c };
}

/** Splits `.cborc.yaml`'s `checklists:` into ids that apply and files to load. */
export function checklistEntries(entries: string[] | undefined): { ids: string[]; files: string[] } {
  const ids: string[] = [];
  const files: string[] = [];
  for (const e of entries ?? []) (/\.(ya?ml|json)$/i.test(e) ? files : ids).push(e);
  return { ids, files };
}

/**
 * Whether a `checklists:` file entry stays inside the config's folder: relative, no `..`
 * segment. A config that came with a cloned repository must not make the linter read files
 * elsewhere on the machine (`../../.ssh/config`, `/etc/passwd`).
 */
export function checklistPathAllowed(entry: string): boolean {
  if (/^([\\/]|[A-Za-z]:)/.test(entry)) return false;
  return !entry.split(/[\\/]/).includes('..');
}
