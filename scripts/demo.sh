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
for f in examples/*.cbo.yaml; do
  echo "== cbo roi $f"
  node bin/cbo.js roi "$f" --today "$today"
done
echo
echo "== cbo plan examples/plan.md"
node bin/cbo.js plan examples/plan.md
echo
echo "== cbo report examples/checkout.cbo.yaml (first 25 lines)"
node bin/cbo.js report examples/checkout.cbo.yaml --today "$today" | head -25

[ "${CBO_DEMO_CLI_ONLY:-}" = 1 ] && exit 0

echo
echo "== the extension in a real VS Code"
echo "CBO Guide: packaging the extension (vsce)"
npm run --silent package >/dev/null || { echo "CBO Guide: packaging failed" >&2; exit 2; }
CODE_SERVER=$(bash scripts/ensure-code-server.sh | tail -1) || exit 2
# Everything the demo touches lives in one temporary folder, removed when it stops (Ctrl+C
# included): a copy of examples/ as the workspace, so what you create never lands in this
# clone, and code-server's own data.
data=$(mktemp -d "${TMPDIR:-/tmp}/cbo-demo.XXXXXX")
cleanup() {
  [ -n "${cs_pid:-}" ] && kill "$cs_pid" 2>/dev/null && wait "$cs_pid" 2>/dev/null
  rm -rf "$data"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
ws="$data/examples"
cp -R "$ROOT/examples" "$ws"
mkdir -p "$data/user/User"
# The copy is ours, so trust it without asking; no git prompts on a folder that is not a repo.
cat > "$data/user/User/settings.json" <<'JSON'
{
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  "git.openRepositoryInParentFolders": "never",
  "workbench.startupEditor": "none",
  "telemetry.telemetryLevel": "off"
}
JSON
"$CODE_SERVER" --extensions-dir "$data/extensions" --user-data-dir "$data/user" --install-extension dist/cbo-guide.vsix >/dev/null || { echo "CBO Guide: installing the .vsix into code-server failed" >&2; exit 2; }
port=${CBO_DEMO_PORT:-8377}
echo
echo "CBO Guide is installed in code-server. Open this address in a browser:"
echo
echo "    http://127.0.0.1:$port/?folder=$ws"
echo
echo "The workspace is a copy of examples/ in $data (removed when you stop the demo)."
echo "Open checkout.cbo.yaml or plan.md, then run 'CBO: Open Canvas to the Side' (F1)."
echo "In Markdown, suggestions (snippets: type cbo) come with Ctrl+Space."
echo "On a desktop VS Code instead: code --install-extension $ROOT/dist/cbo-guide.vsix"
echo "(or Extensions view > ... > Install from VSIX...). Press Ctrl+C here to stop."
"$CODE_SERVER" --auth none --bind-addr "127.0.0.1:$port" --disable-telemetry --disable-update-check --disable-workspace-trust \
  --extensions-dir "$data/extensions" --user-data-dir "$data/user" --config "$data/config.yaml" "$ws" &
cs_pid=$!
wait "$cs_pid"
