// Loads the engine bundle on first use, so activation stays light: the schema validators
// and vocabularies are evaluated only when the first CBO document is linted.
//
// One copy of the engine ships, inside the web bundle (dist/web/extension.js): a web worker
// extension can require nothing but `vscode`, so scripts/web-bundle.mjs bundles the engine in
// (resolving './engine.js' to src/core/api.ts), where it is evaluated on first use. The Node
// build requires that same bundle on first use and takes its engine (`cboEngine`, exported by
// extension.ts) rather than ship a second copy: the engine is most of the .vsix, which has a
// budget (test/package/vsix.test.ts). Requiring the web bundle runs nothing but definitions
// (test/unit/desktop-engine.test.ts).
import type * as Api from '../core/api';

export type Engine = typeof Api;
let engine: Engine | undefined;

/** Defined by esbuild.mjs for the Node build (false) and scripts/web-bundle.mjs (true). */
declare const CBO_WEB_HOST: boolean;

export function getEngine(): Engine {
  // Plain requires, resolved by the build: a constant condition, so each bundle keeps one.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  engine ??= CBO_WEB_HOST ? (require('./engine.js') as Engine) : (require('./web/extension.js') as { cboEngine(): Engine }).cboEngine();
  return engine;
}

export function engineLoaded(): boolean {
  return engine !== undefined;
}
