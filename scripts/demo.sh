#!/usr/bin/env bash
# `npm run demo`: shows CBO Guide working.
#   1. the `cbo` CLI on a copy of examples/ (check, roi, plan, report);
#   2. the extension in a real VS Code: packages the .vsix, installs it into code-server (a
#      VS Code served to your browser) and opens the copy in it; prints the address to open.
# The copy's dates are moved on by the whole years since the examples were written
# (scripts/shift-dates.mjs) and the CLI judges it on their day moved as far, so in any year it
# tells the story examples/README.md does (on track, at risk, achieved, off track); on the
# examples as they stand, from 2027 deadlines pass and readings grow old.
# Installs what is missing first (npm packages; Debian's chromium and code-server), saying so.
# Set CBO_DEMO_CLI_ONLY=1 to stop after the CLI part; CBO_DEMO_PORT to choose the port.
set -uo pipefail
source "$(dirname "$0")/setup.sh"
ROOT=$(pwd)
echo "CBO Guide: building"
node esbuild.mjs || exit 2
today=$(date +%F)

# Everything the demo touches lives in one temporary folder, removed when it stops (Ctrl+C
# included): a copy of examples/ for the CLI and as the editor's workspace, so what you create
# never lands in this clone, and code-server's own data.
data=$(mktemp -d "${TMPDIR:-/tmp}/cbo-demo.XXXXXX")
cleanup() {
  [ -n "${cs_pid:-}" ] && kill "$cs_pid" 2>/dev/null && wait "$cs_pid" 2>/dev/null
  rm -rf "$data"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
ws="$data/examples"
cp -R "$ROOT/examples" "$ws"
asof=$(node scripts/shift-dates.mjs "$ws" --today "$today") || exit 2
echo
echo "The copy of examples/ in $data has its dates moved on by the whole years since they were"
echo "written, and is checked on $asof (--today), the day they were written moved as far: it"
echo "shows them as examples/README.md describes them."
# Paths as a person types them (examples/...), from the copy's folder.
cbo() { (cd "$data" && node "$ROOT/bin/cbo.js" "$@"); }

echo
echo "== cbo check examples/"
cbo check examples --today "$asof"
echo
for f in "$ws"/*.cbo.yaml; do
  f="examples/$(basename "$f")"
  echo "== cbo roi $f"
  cbo roi "$f" --today "$asof"
done
echo
echo "== cbo plan examples/plan.md"
cbo plan examples/plan.md --today "$asof"
echo
echo "== cbo report examples/checkout.cbo.yaml (first 25 lines)"
cbo report examples/checkout.cbo.yaml --today "$asof" | head -25

[ "${CBO_DEMO_CLI_ONLY:-}" = 1 ] && exit 0

echo
echo "== the extension in a real VS Code"
echo "CBO Guide: packaging the extension (vsce)"
npm run --silent package >/dev/null || { echo "CBO Guide: packaging failed" >&2; exit 2; }
CODE_SERVER=$(bash scripts/ensure-code-server.sh | tail -1) || exit 2
mkdir -p "$data/user/User"
# The copy is ours, so trust it without asking; no git prompts on a folder that is not a repo.
# cbo.today: the editor judges the copy on the day the CLI above did, so both tell the story the
# examples were written to tell (on the real day it could be up to a year further on).
cat > "$data/user/User/settings.json" <<JSON
{
  "cbo.today": "$asof",
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
echo "The workspace is the copy of examples/ in $data (removed when you stop the demo)."
echo "The editor judges it on $asof, as the CLI did (cbo.today in the demo's settings; your own"
echo "editor judges on the real date unless you set cbo.today)."
echo "Open checkout.cbo.yaml or plan.md, then run 'CBO: Open Canvas to the Side' (F1)."
echo "In Markdown, suggestions (snippets: type cbo) come with Ctrl+Space."
echo "On a desktop VS Code instead: code --install-extension $ROOT/dist/cbo-guide.vsix"
echo "(or Extensions view > ... > Install from VSIX...). Press Ctrl+C here to stop."
"$CODE_SERVER" --auth none --bind-addr "127.0.0.1:$port" --disable-telemetry --disable-update-check --disable-workspace-trust \
  --extensions-dir "$data/extensions" --user-data-dir "$data/user" --config "$data/config.yaml" "$ws" &
cs_pid=$!
wait "$cs_pid"
