// ESLint: the layer rule of the architecture (README "Architecture", CONTRIBUTING.md) checked
// on every import, and promises that are never left floating. Kept to the recommended sets
// plus these rules so a full run stays short on a small machine.
//
//   host    -> core, shared        (the only folder that imports `vscode`)
//   webview -> shared              (types of core allowed: they vanish at build time)
//   cli     -> core, node
//   lsp     -> core, node
//   node    -> core            (Node-only file access shared by the CLI and the language server)
//   shared  -> nothing of ours
//   core    -> nothing of ours above it; no vscode, fs, path, child_process or DOM
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_ONLY = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'path', 'node:path', 'child_process', 'node:child_process', 'os', 'node:os', 'http', 'node:http', 'https', 'node:https', 'net', 'node:net'];

/** One import path banned with a message that says what to do instead. */
const paths = (names, message) => names.map((name) => ({ name, message }));
/** Imports of one of our folders, from anywhere below src/. */
const folder = (name, message, extra = {}) => ({ group: [`**/${name}`, `**/${name}/**`], message, ...extra });

const layer = {
  core: {
    paths: [...paths(['vscode'], 'src/core runs in the CLI, the browser and plain mocha: VS Code calls belong in src/host.'), ...paths(NODE_ONLY, 'src/core never touches the file system or the OS: take an interface (see core/config-discovery.ts) and let host/cli implement it.')],
    patterns: ['host', 'cli', 'webview', 'lsp', 'shared', 'node'].map((f) => folder(f, `src/core imports nothing of ours outside src/core (not src/${f}).`)),
  },
  shared: {
    paths: paths(['vscode', ...NODE_ONLY], 'src/shared crosses the host/webview boundary: plain TypeScript only.'),
    patterns: [{ group: ['../*', '../**'], message: 'src/shared imports nothing of ours: take what you need as a type parameter.' }],
  },
  webview: {
    paths: paths(['vscode', ...NODE_ONLY], 'The webview is a browser page: it talks to the host only by messages (src/shared/messages.ts).'),
    patterns: [
      folder('host', 'The webview talks to the host only by messages (src/shared/messages.ts).'),
      folder('cli', 'The webview never imports the CLI.'),
      folder('lsp', 'The webview never imports the language server.'),
      folder('node', 'The webview never touches the disk.'),
      folder('core', 'The webview imports only src/shared at run time (types of src/core are fine: `import type`).', { allowTypeImports: true }),
    ],
  },
  host: {
    paths: [],
    // src/node is Node-only: the extension also runs in the browser (github.dev), so the host reads files through vscode.workspace.fs.
    patterns: ['cli', 'webview', 'lsp', 'node'].map((f) => folder(f, `src/host imports src/core and src/shared only (not src/${f}).`)),
  },
  cli: {
    paths: paths(['vscode'], 'The CLI runs without VS Code.'),
    patterns: ['host', 'webview', 'lsp', 'shared'].map((f) => folder(f, `src/cli imports src/core and src/node only (not src/${f}).`)),
  },
  lsp: {
    paths: paths(['vscode'], 'The language server runs without VS Code.'),
    patterns: ['host', 'webview', 'cli', 'shared'].map((f) => folder(f, `src/lsp imports src/core and src/node only (not src/${f}).`)),
  },
  node: {
    paths: paths(['vscode'], 'src/node serves the CLI and the language server, which run without VS Code.'),
    patterns: ['host', 'webview', 'cli', 'lsp', 'shared'].map((f) => folder(f, `src/node imports src/core only (not src/${f}).`)),
  },
};

const layerBlocks = Object.entries(layer).map(([name, { paths, patterns }]) => ({
  files: [`src/${name}/**/*.ts`],
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'out/**', 'test-results/**', '.vscode-test/**', 'src/core/generated/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json', './tsconfig.webview.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits hides its failure: await it, or catch and log it.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // tsc (strict, noUnused*) already checks these, more precisely.
      'no-undef': 'off',
      'no-redeclare': 'off',
    },
  },
  {
    // In the product `void promise` is not a way out either: catch and log (src/host/log.ts's
    // inBackground). Test harnesses may still `void` a promise that cannot reject.
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }] },
  },
  ...layerBlocks,
  {
    // The memory figures drop each result on purpose before measuring the next one.
    files: ['bench/memory.ts'],
    rules: { 'no-useless-assignment': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['document', 'window', 'navigator', 'localStorage', 'sessionStorage'].map((name) => ({ name, message: 'src/core has no DOM: the webview draws, core computes.' }))],
    },
  },
);
