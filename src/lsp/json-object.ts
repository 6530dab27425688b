// What a client sends is JSON of any shape until checked: the settings, initialize's params, a
// folder change and a document change are each read field by field, and each check starts by
// asking whether a value is an object with fields (not null, not a list).

/** A JSON object as sent, its fields not yet checked. */
export type Obj = Record<string, unknown>;

/** Whether `v` is an object with fields: not null, not a list. */
export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
