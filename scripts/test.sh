#!/usr/bin/env bash
# `npm test`: everything, from a fresh clone. Installs what is missing (npm packages; Debian's
# chromium and code-server for the real-VS-Code stages), builds, type-checks, then runs:
#   1. ESLint: the layer rule and floating promises (eslint.config.mjs; `npm run lint`)
#   2. unit tests (mocha, plain Node)
#   3. the integration suite inside a real VS Code (code-server in headless Chromium), trusted
#   4. the same suite in Restricted Mode (an untrusted workspace)
#   5. the browser-relevant integration tests in the web worker extension host (code-server
#      with remote.extensionKind set to web: what vscode.dev and github.dev run)
#   6. end-to-end tests (Playwright against code-server; screenshots in test-results/)
#   7. the language server over JSON-RPC (Node), and in two real clients: Neovim and Emacs with
#      eglot (Debian's, installed when missing)
#   8. the packed packages: npm pack, installed offline into an empty folder, npx cbo check; the
#      .vsix packed once by vsce, under its 700 KB budget, holding what the extension loads
# Each stage prints "N passed, N failed"; the last line is "total: N passed, N failed".
# A tool that cannot be installed is a failure, never a skip.
set -uo pipefail
source "$(dirname "$0")/setup.sh"

passed=0
failed=0
count() { # reads the last "N passed, N failed" line of a stage's output
  local line p f
  line=$(grep -Eo '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -1)
  p=${line%% passed*}
  f=${line#*passed, }
  f=${f%% failed*}
  if [ -z "$line" ]; then
    failed=$((failed + 1))
    echo "CBO Guide: stage '$2' printed no result line; counted as a failure" >&2
  else
    passed=$((passed + p))
    failed=$((failed + f))
  fi
}
stage() { # stage NAME COMMAND...: runs a stage, shows its output, counts its result
  local name=$1 log
  shift
  log=$(mktemp)
  echo
  echo "== $name"
  "$@" 2>&1 | tee "$log"
  count "$log" "$name"
  rm -f "$log"
}

echo "== build (esbuild; schema validators generated with Ajv standalone)"
node esbuild.mjs || { echo "build failed"; echo "total: $passed passed, 1 failed"; exit 1; }

echo "== typecheck (tsc --noEmit, strict; extension and webview)"
npm run --silent typecheck || { echo "typecheck failed"; echo "total: $passed passed, 1 failed"; exit 1; }

stage "ESLint (layer rule, floating promises)" node scripts/lint.mjs
stage "unit tests (mocha, plain Node)" npx --no-install mocha --reporter ./test/reporter.cjs

echo
echo "== real VS Code: making sure code-server and Chromium are installed"
if CBO_CODE_SERVER=$(bash scripts/ensure-code-server.sh | tail -1) && [ -x "$CBO_CODE_SERVER" ]; then
  export CBO_CODE_SERVER
  stage "integration tests in VS Code (code-server), trusted workspace" node dist/test/run-code-server.js
  stage "integration tests in VS Code (code-server), Restricted Mode" node dist/test/run-code-server.js --restricted
  stage "integration tests in VS Code (code-server), web worker extension host" node dist/test/run-code-server.js --web
  stage "end-to-end tests (Playwright, headless Chromium)" npx --no-install mocha --no-config --reporter ./test/reporter.cjs --timeout 180000 'dist/test/e2e/*.e2e.js'
else
  echo "CBO Guide: code-server or Chromium could not be installed; the real-VS-Code stages fail" >&2
  failed=$((failed + 4))
fi

echo
echo "== language server: making sure Debian's Neovim and Emacs with eglot are installed (real LSP clients)"
nvim_ok=1
emacs_ok=1
bash scripts/ensure-neovim.sh >/dev/null || nvim_ok=0
bash scripts/ensure-emacs.sh >/dev/null || emacs_ok=0
if [ "$nvim_ok" = 1 ] && [ "$emacs_ok" = 1 ]; then
  stage "language server (cbo lsp --stdio): JSON-RPC in Node, Neovim headless, Emacs eglot in batch" npx --no-install mocha --no-config --reporter ./test/reporter.cjs --timeout 180000 'dist/test/lsp/*.test.js'
else
  [ "$nvim_ok" = 1 ] || echo "CBO Guide: Neovim could not be installed; the language-server stage fails" >&2
  [ "$emacs_ok" = 1 ] || echo "CBO Guide: Emacs or eglot could not be installed; the language-server stage fails" >&2
  failed=$((failed + 1))
fi

# Last: npm pack runs prepack (a production build into dist/); the stages above use the dev build.
stage "package: npm pack installed into an empty folder, npx cbo check; the .vsix and its size" npx --no-install mocha --no-config --reporter ./test/reporter.cjs --timeout 600000 'dist/test/package/*.test.js'
node esbuild.mjs >/dev/null || echo "CBO Guide: rebuilding dist/ for development after the package stage failed" >&2

echo
echo "total: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
