// The browser build of the extension (package.json `browser`), for the web worker extension
// host of vscode.dev, github.dev and code-server's web mode, and the check that keeps Node out
// of it. The same src/host as the Node build; the differences are all here:
//   - one file: the engine is bundled in, because a web worker extension can `require` nothing
//     but `vscode`; the Node build requires this bundle on first use and takes the engine from
//     it (`cboEngine`, src/host/engine-loader.ts), so the .vsix carries one copy;
//   - CBO_WEB_HOST is defined true (src/host/platform.ts);
//   - every import of a Node built-in (fs, path, child_process, os, crypto, ...) is recorded
//     and fails the build, naming the file that imported it.
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { entitiesDecoderOnly } from './bundle-plugins.mjs';

// The build and the tests run from the repository root (npm scripts); the unit tests also
// bundle this file, where import.meta is not available.
const root = process.cwd();
const NODE_ONLY = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Records imports of Node built-ins (kept external so the build goes on and names them all). */
function nodeOnlyGuard(found) {
  return {
    name: 'cbo-node-only-guard',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (!NODE_ONLY.has(args.path) && !NODE_ONLY.has(args.path.split('/')[0])) return undefined;
        found.push(`${args.path} (imported by ${relative(root, args.importer) || args.importer})`);
        return { path: args.path, external: true };
      });
    },
  };
}

/** The engine the host loads on first use ('./engine.js') is bundled in, evaluated on first use. */
const engineInline = {
  name: 'cbo-engine-inline',
  setup(build) {
    build.onResolve({ filter: /^\.\/engine\.js$/ }, () => ({ path: join(root, 'src/core/api.ts') }));
  },
};

/** esbuild options for a web worker bundle of `entry`; `found` collects Node-only imports. */
export function webBuildOptions(entry, outfile, found, common = {}) {
  return {
    ...common,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    entryPoints: [entry],
    outfile,
    external: ['vscode'],
    define: { CBO_WEB_HOST: 'true' },
    metafile: true,
    plugins: [nodeOnlyGuard(found), engineInline, entitiesDecoderOnly],
  };
}

/** Whatever a finished bundle still requires at run time, other than `vscode`. */
export function runtimeRequires(metafile) {
  const out = new Set();
  for (const o of Object.values(metafile.outputs)) for (const i of o.imports ?? []) if (i.external && i.path !== 'vscode') out.add(i.path);
  return [...out];
}

/**
 * Builds the web bundle and fails (throws) when Node-only modules reached it. Returns the
 * esbuild result. `esbuild` is passed in so this module has no dependency of its own.
 */
export async function buildWeb(esbuild, { entry = join(root, 'src/host/extension.ts'), outfile = join(root, 'dist/web/extension.js'), common = {} } = {}) {
  const found = [];
  const result = await esbuild.build(webBuildOptions(entry, outfile, found, common));
  const left = runtimeRequires(result.metafile);
  if (found.length || left.length) {
    const lines = [...new Set(found)].concat(left.filter((p) => !found.some((f) => f.startsWith(`${p} `))).map((p) => `${p} (left external)`));
    throw new Error(`CBO Guide: Node-only modules reached the web bundle ${relative(root, outfile)}:\n  ${lines.join('\n  ')}\nThe web worker extension host has no Node: use vscode.workspace.fs (src/host/files.ts) or Web APIs.`);
  }
  return result;
}
