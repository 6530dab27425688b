// Reading the CBO schema for people: the description, example and allowed values of a
// field, by its path. Feeds hovers and completion in the editor, and the docs.
import schemaJson from '../../schemas/cbo.schema.json';
import { exampleDateFor } from './guided-dates';

type Json = Record<string, unknown>;
const ROOT = schemaJson as unknown as Json;

export interface FieldInfo {
  key: string;
  description?: string;
  example?: string;
  enum?: string[];
  type?: string;
  /** Child keys when the field is a mapping. */
  properties: string[];
}

function deref(s: Json | undefined): Json | undefined {
  let cur = s;
  for (let i = 0; cur && typeof cur.$ref === 'string' && i < 8; i++) {
    const segs = (cur.$ref as string).replace(/^#\//, '').split('/');
    let n: unknown = ROOT;
    for (const seg of segs) n = (n as Json | undefined)?.[seg];
    cur = n as Json | undefined;
  }
  return cur;
}

/** Where a path lands in the schema; list indexes may be numbers or '*'. File and outcome forms both work. */
export function schemaAt(path: string[]): Json | undefined {
  let node = deref((ROOT.definitions as Json).outcome as Json);
  let p = path;
  if (p[0] === 'outcomes') {
    p = p.slice(2);
  }
  for (const seg of p) {
    if (!node) return undefined;
    if (/^\d+$|^\*$/.test(seg)) {
      const items = node.items as Json | undefined;
      node = deref(items?.anyOf ? ((items.anyOf as Json[]).find((x) => x.$ref) as Json) : items);
      continue;
    }
    const props = node.properties as Json | undefined;
    node = deref(props?.[seg] as Json | undefined);
    if (node?.type === 'array' && node.items && !(node.items as Json).type && !(node.items as Json).$ref && !(node.items as Json).anyOf) break;
  }
  return node;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The example with each date of a date field (`by`, `asOf`, `date`) dated from today, however deep. */
function dated(ex: unknown, key: string, today: string): unknown {
  if (typeof ex === 'string') return ISO_DAY.test(ex) ? (exampleDateFor(key, today) ?? ex) : ex;
  if (Array.isArray(ex)) return ex.map((x) => dated(x, key, today));
  if (ex && typeof ex === 'object') return Object.fromEntries(Object.entries(ex).map(([k, v]) => [k, dated(v, k, today)]));
  return ex;
}

/**
 * A field's description, example and values. With `today` (YYYY-MM-DD) an example's dates are
 * from today, as the schema's messages give them: a hover showing `by: 2027-06-30` after that day
 * would teach a deadline already passed.
 */
export function fieldInfo(path: string[], today?: string): FieldInfo | undefined {
  const s = schemaAt(path);
  if (!s) return undefined;
  const key = path[path.length - 1] ?? '';
  const first = Array.isArray(s.examples) ? s.examples[0] : undefined;
  const ex = today === undefined ? first : dated(first, key, today);
  return {
    key,
    description: typeof s.description === 'string' ? s.description : undefined,
    example: ex === undefined ? undefined : typeof ex === 'object' ? JSON.stringify(ex) : String(ex),
    enum: Array.isArray(s.enum) ? (s.enum as unknown[]).map(String) : undefined,
    type: typeof s.type === 'string' ? s.type : undefined,
    properties: Object.keys((s.properties as Json | undefined) ?? {}),
  };
}

/** The file-level keys (`cbo`, `outcomes`) for completion at the top of a file. */
export function topLevelKeys(): string[] {
  return ['outcomes', ...Object.keys(((deref((ROOT.definitions as Json).outcome as Json)?.properties as Json) ?? {}))];
}
