// Loads the engine bundle on first use, so activation stays light: the schema validators
// and vocabularies are evaluated only when the first CBO document is linted.
import type * as Api from '../core/api';

export type Engine = typeof Api;
let engine: Engine | undefined;

export function getEngine(): Engine {
  // A plain require of a sibling bundle (kept external by esbuild.mjs).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  engine ??= require('./engine.js') as Engine;
  return engine;
}

export function engineLoaded(): boolean {
  return engine !== undefined;
}
