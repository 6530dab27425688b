#!/usr/bin/env bash
# `npm run demo`: shows CBO Guide working.
#   1. the `cbo` CLI on examples/ (check, roi, report, plan);
#   2. the extension in a real VS Code: packages the .vsix, installs it into code-server (a
#      VS Code served to your browser) and opens examples/ in it; prints the address to open.
# Installs what is missing first (npm packages; Debian's chromium and code-server), saying so.
# Set CBO_DEMO_CLI_ONLY=1 to stop after the CLI part; CBO_DEMO_PORT to choose the port.
set -uo pipefail
source "$(dirname "$0")/setup.sh"
ROOT=$(pwd)
echo "CBO Guide: building"
node esbuild.mjs || exit 2
today=$(date +%F)

echo
echo "== cbo check examples/"
node bin/cbo.js check examples --today "$today"
echo
echo "== cbo roi examples/checkout.cbo.yaml"
node bin/cbo.js roi examples/checkout.cbo.yaml --today "$today"
echo
echo "== cbo plan examples/plan.md --checklist workshop"
node bin/cbo.js plan examples/plan.md --checklist workshop
echo
echo "== cbo report examples/checkout.cbo.yaml (first 25 lines)"
node bin/cbo.js report examples/checkout.cbo.yaml --today "$today" | head -25

[ "${CBO_DEMO_CLI_ONLY:-}" = 1 ] && exit 0

echo
echo "== the extension in a real VS Code"
echo "CBO Guide: packaging the extension (vsce)"
npm run --silent package >/dev/null || { echo "CBO Guide: packaging failed" >&2; exit 2; }
CODE_SERVER=$(bash scripts/ensure-code-server.sh | tail -1) || exit 2
data=$(mktemp -d)
"$CODE_SERVER" --extensions-dir "$data/extensions" --user-data-dir "$data/user" --install-extension dist/cbo-guide.vsix >/dev/null || { echo "CBO Guide: installing the .vsix into code-server failed" >&2; exit 2; }
port=${CBO_DEMO_PORT:-8377}
echo
echo "CBO Guide is installed in code-server. Open this address in a browser:"
echo
echo "    http://127.0.0.1:$port/?folder=$ROOT/examples"
echo
echo "Open checkout.cbo.yaml or plan.md, then run 'CBO: Open Canvas to the Side' (F1)."
echo "On a desktop VS Code instead: code --install-extension $ROOT/dist/cbo-guide.vsix"
echo "(or Extensions view > ... > Install from VSIX...). Press Ctrl+C here to stop."
exec "$CODE_SERVER" --auth none --bind-addr "127.0.0.1:$port" --disable-telemetry --disable-update-check \
  --extensions-dir "$data/extensions" --user-data-dir "$data/user" --config "$data/config.yaml" "$ROOT/examples"
