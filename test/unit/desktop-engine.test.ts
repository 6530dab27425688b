// The .vsix carries the engine once, inside the web bundle (dist/web/extension.js); the Node
// build of the extension requires that bundle on first use and takes its engine
// (src/host/engine-loader.ts). These tests load the built bundles in Node, as the desktop
// extension host does, with a stand-in for the `vscode` module that records what is used.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import { checkPlan } from '../../src/core/checklist/check-plan';
import { resolveConfig } from '../../src/core/config';
import { lint, type DocKind } from '../../src/core/lint';
import type { Engine } from '../../src/host/engine-loader';
import { TODAY } from './helpers';

const DESKTOP = path.resolve('dist/extension.js');
const WEB = path.resolve('dist/web/extension.js');

interface Loaded {
  exports: { cboEngine(): Engine };
  /** What the bundle read of `vscode` while it loaded ("vscode.window", "new vscode.ThemeIcon"). */
  usedAtLoad: string[];
  /** Modules required other than `vscode`, in order, by the time `after` ran. */
  required: string[];
}

/**
 * Requires `file` afresh with `vscode` replaced by a stand-in that records each name read, call
 * and construction. esbuild's interop copies a module's own keys, so the names are served
 * from the stand-in's prototype, where any name resolves.
 */
function load(file: string, after: (exports: Loaded['exports']) => void = () => {}): Loaded {
  const used: string[] = [];
  const required: string[] = [];
  const anything = (name: string): unknown =>
    new Proxy(function () {}, {
      get: (t, p) => (typeof p === 'symbol' || p === 'prototype' ? Reflect.get(t, p) : (used.push(`${name}.${p}`), anything(`${name}.${p}`))),
      apply: () => (used.push(`${name}()`), anything(`${name}()`)),
      construct: () => (used.push(`new ${name}`), anything(`new ${name}`) as object),
    });
  const proto = new Proxy({}, { get: (_t, p) => (typeof p === 'symbol' || p === '__esModule' ? undefined : (used.push(`vscode.${p}`), anything(`vscode.${p}`))) });
  const vscode = new Proxy({}, { getPrototypeOf: () => proto, get: (_t, p, r) => Reflect.get(proto, p, r) as unknown });
  const M = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const original = M._load;
  M._load = function (request, parent, isMain) {
    if (request === 'vscode') return vscode;
    required.push(request);
    return original.call(this, request, parent, isMain);
  };
  for (const f of [DESKTOP, WEB]) delete require.cache[f];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(file) as Loaded['exports'];
    const usedAtLoad = used.slice();
    after(exports);
    return { exports, usedAtLoad, required };
  } finally {
    M._load = original;
    for (const f of [DESKTOP, WEB]) delete require.cache[f];
  }
}

/** A namespace of the API (window, workspace, commands, l10n…): using one at load would register, show or listen. */
const namespaces = (used: string[]) => used.filter((u) => /^vscode\.[a-z]/.test(u));

describe('the desktop extension takes its engine from the web bundle', function () {
  this.timeout(60_000);

  it('loads neither the engine nor the web bundle when the extension is required', () => {
    const { required } = load(DESKTOP);
    assert.deepEqual(required, [DESKTOP]);
    assert.ok(!readFileSync(DESKTOP, 'utf8').includes('src/core/lint.ts'), 'the engine is not bundled into dist/extension.js');
  });

  it('requires the web bundle on first use, and the web bundle then only defines things', () => {
    const { required } = load(DESKTOP, (e) => e.cboEngine());
    assert.deepEqual(required, [DESKTOP, './web/extension.js']);
    const web = load(WEB);
    // Constants of the API's types are built (a ThemeIcon, DiagnosticSeverity.Error), no namespace is used.
    assert.ok(web.usedAtLoad.some((u) => u.startsWith('vscode.')), 'the stand-in sees what the bundle reads');
    assert.deepEqual(namespaces(web.usedAtLoad), []);
  });

  it('the stand-in would see a namespace used at load', () => {
    assert.deepEqual(namespaces(['vscode.DiagnosticSeverity', 'vscode.window', 'vscode.l10n.t()']), ['vscode.window', 'vscode.l10n.t()']);
  });

  it('lints and checks plans as the engine the CLI and the language server bundle', () => {
    let engine: Engine | undefined;
    load(DESKTOP, (e) => {
      engine = e.cboEngine();
    });
    const files = ['examples', 'test/fixtures/workspace', 'test/fixtures/portfolio'].flatMap((d) => readdirSync(d).filter((f) => /\.(cbo\.ya?ml|md)$/.test(f) && f !== 'README.md').map((f) => path.join(d, f)));
    assert.ok(files.length >= 8, files.join(', '));
    let read = 0;
    for (const lang of ['en', 'ko'] as const) {
      for (const f of files) {
        const text = readFileSync(f, 'utf8');
        const kind: DocKind = f.endsWith('.md') ? 'markdown' : 'yaml';
        const want = lint(text, kind, resolveConfig({}, { today: TODAY, lang }));
        const got = engine!.lint(text, kind, engine!.resolveConfig({}, { today: TODAY, lang }));
        read += want.findings.length + want.outcomeCount;
        assert.deepEqual(JSON.parse(JSON.stringify(got)), JSON.parse(JSON.stringify(want)), `${f} (${lang})`);
        if (kind === 'markdown') {
          const opts = { config: resolveConfig({}, { today: TODAY, lang }) };
          assert.deepEqual(JSON.parse(JSON.stringify(engine!.checkPlan(text, { config: engine!.resolveConfig({}, { today: TODAY, lang }) }))), JSON.parse(JSON.stringify(checkPlan(text, opts))), `${f}: plan check (${lang})`);
        }
      }
    }
    assert.ok(read > 50, `${read} findings and outcomes compared`);
  });
});
