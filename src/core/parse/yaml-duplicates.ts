// Keys written twice in one mapping, found in one pass. The `yaml` library's own check
// (`uniqueKeys: true`) compares each key with every earlier key of its mapping: 20,000 keys took
// 20 s and 200,000 more than two minutes, in one step the editor could not interrupt. This keeps
// a Set per mapping instead and reports what the library reported: DUPLICATE_KEY, "Map keys must
// be unique", on the repeated key, under the library's rule of equality (two scalars with the
// same value; any other key only if it is the very same node).
import type { Document } from 'yaml';
import { isMap, isScalar, isSeq } from './yaml-api';

export interface ParseProblem {
  code: string;
  message: string;
  pos: [number, number];
}

/** Keys looked up by the last `duplicateKeys` call: one per key of every mapping (tests read it). */
export let keysLookedUp = 0;

/** A DUPLICATE_KEY problem for every key its mapping already holds, in the document's order. */
export function duplicateKeys(doc: Document.Parsed): ParseProblem[] {
  const out: ParseProblem[] = [];
  keysLookedUp = 0;
  // A stack, not recursion: the parser accepts nesting thousands of levels deep.
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        keysLookedUp++;
        // NaN never equals itself under the library's `===`; a Set would call two NaNs the same.
        const id = isScalar(key) ? (typeof key.value === 'number' && Number.isNaN(key.value) ? key : key.value) : key;
        if (seen.has(id)) {
          const at = (key as { range?: readonly number[] | null } | null)?.range?.[0] ?? 0;
          out.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [at, at + 1] });
        } else seen.add(id);
        stack.push(pair.value, key);
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  return out.sort((a, b) => a.pos[0] - b.pos[0]);
}

/** The parser's problems and `extra` (sorted) in one list by position, the parser's first at a tie. */
export function mergeProblems(parser: readonly ParseProblem[], extra: readonly ParseProblem[]): ParseProblem[] {
  if (!extra.length) return parser as ParseProblem[];
  const out: ParseProblem[] = [];
  let j = 0;
  for (const p of parser) {
    while (j < extra.length && extra[j]!.pos[0] < p.pos[0]) out.push(extra[j++]!);
    out.push(p);
  }
  while (j < extra.length) out.push(extra[j++]!);
  return out;
}
