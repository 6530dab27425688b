// The layer rule (host -> core, shared; webview -> shared; cli, lsp -> core, node; node -> core; shared ->
// nothing of ours; core -> no vscode, fs, path or DOM) is enforced by eslint.config.mjs, the
// ESLint stage of `npm test`. These tests lint small snippets, as if they were files in each
// folder, with that very config, and expect the stage to fail on each crossing.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';

let eslint: ESLint;
/** Rule ids ESLint reports for `code` as the file `file`. */
async function problems(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: file });
  return r!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}
const LAYER = '@typescript-eslint/no-restricted-imports';

describe('the layer rule, checked by ESLint (eslint.config.mjs)', function () {
  // The first lint loads TypeScript and builds a program for the type-aware rules.
  this.timeout(120_000);

  before(() => {
    // Snippets are not on disk: TypeScript's default project takes them (same rules, same config).
    eslint = new ESLint({ cwd: process.cwd(), overrideConfig: { languageOptions: { parserOptions: { project: null, projectService: { allowDefaultProject: ['src/*/*.ts'] } } } } });
  });

  const cases: [string, string, boolean][] = [
    ['src/webview/x.ts', "import { lint } from '../core/lint';\nexport const f = lint;\n", false],
    ['src/webview/x.ts', "import { getEngine } from '../host/engine-loader';\nexport const f = getEngine;\n", false],
    ['src/webview/x.ts', "import type { PanelModel } from '../core/view/canvas';\nexport type M = PanelModel;\n", true],
    ['src/webview/x.ts', "import { isSafeLink } from '../shared/messages';\nexport const f = isSafeLink;\n", true],
    ['src/shared/x.ts', "import type { PanelModel } from '../core/view/canvas';\nexport type M = PanelModel;\n", false],
    ['src/core/x.ts', "import * as vscode from 'vscode';\nexport const v = vscode;\n", false],
    ['src/core/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", false],
    ['src/core/x.ts', "import * as path from 'path';\nexport const p = path;\n", false],
    ['src/core/x.ts', "import { log } from '../host/log';\nexport const l = log;\n", false],
    ['src/core/x.ts', "import { lint } from './lint';\nexport const l = lint;\n", true],
    ['src/cli/x.ts', "import { log } from '../host/log';\nexport const l = log;\n", false],
    ['src/cli/x.ts', "import { lint } from '../core/lint';\nexport const l = lint;\n", true],
    ['src/host/x.ts', "import { progressChart } from '../webview/chart';\nexport const c = progressChart;\n", false],
    ['src/host/x.ts', "import { runCheck } from '../cli/check';\nexport const c = runCheck;\n", false],
    ['src/host/x.ts', "import { lint } from '../core/lint';\nimport { isSafeLink } from '../shared/messages';\nexport const c = [lint, isSafeLink];\n", true],
    ['src/lsp/x.ts', "import { runCheck } from '../cli/check';\nexport const c = runCheck;\n", false],
    ['src/lsp/x.ts', "import { log } from '../host/log';\nexport const c = log;\n", false],
    ['src/lsp/x.ts', "import { lint } from '../core/lint';\nexport const c = lint;\n", true],
    ['src/lsp/x.ts', "import { loadChecklists } from '../node/config-files';\nexport const c = loadChecklists;\n", true],
    ['src/cli/x.ts', "import { readRegular } from '../node/read-file';\nexport const c = readRegular;\n", true],
    ['src/host/x.ts', "import { readRegular } from '../node/read-file';\nexport const c = readRegular;\n", false],
    ['src/core/x.ts', "import { readRegular } from '../node/read-file';\nexport const c = readRegular;\n", false],
    ['src/node/x.ts', "import { runCheck } from '../cli/check';\nexport const c = runCheck;\n", false],
    ['src/node/x.ts', "import * as vscode from 'vscode';\nexport const v = vscode;\n", false],
    ['src/node/x.ts', "import { promises } from 'node:fs';\nimport { lint } from '../core/lint';\nexport const c = [promises, lint];\n", true],
  ];
  for (const [file, code, allowed] of cases) {
    const what = code.split('\n')[0]!;
    it(`${allowed ? 'allows' : 'refuses'} in ${file}: ${what}`, async () => {
      const found = await problems(file, code);
      if (allowed) assert.deepEqual(found, []);
      else assert.deepEqual(found, [LAYER]);
    });
  }

  it('is switched off nowhere (the chart geometry comes to the webview in the panel model)', () => {
    const files = (readdirSync('src', { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join('src', f));
    const disabling = files.filter((f) => /eslint-disable[^\n]*no-restricted-(imports|globals)/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(disabling.map((f) => f.split(path.sep).join('/')), []);
  });

  it('refuses the DOM in src/core', async () => {
    assert.deepEqual(await problems('src/core/x.ts', 'export const w = () => document.title;\n'), ['no-restricted-globals']);
  });

  it('refuses a floating promise in src, even behind `void`: catch and log instead', async () => {
    const code = 'async function work(): Promise<void> {}\nexport function start(): void {\n  void work();\n}\n';
    assert.deepEqual(await problems('src/host/x.ts', code), ['@typescript-eslint/no-floating-promises']);
    const handled = 'async function work(): Promise<void> {}\nexport function start(): void {\n  work().catch((e: unknown) => console.error(e));\n}\n';
    assert.deepEqual(await problems('src/host/x.ts', handled), []);
  });
});
