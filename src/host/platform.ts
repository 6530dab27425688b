// Which extension host this bundle was built for. esbuild.mjs defines CBO_WEB_HOST: true in
// the browser bundle (the web worker host of vscode.dev, github.dev and code-server's web
// mode), false in the Node one; a build-time constant, so nothing is sniffed at run time.
declare const CBO_WEB_HOST: boolean | undefined;

export const isWebHost: boolean = typeof CBO_WEB_HOST !== 'undefined' && CBO_WEB_HOST;
