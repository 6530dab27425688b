#!/usr/bin/env bash
# `npm run demo`: shows CBO Guide working on examples/ with the `cbo` CLI.
set -uo pipefail
source "$(dirname "$0")/setup.sh"
echo "CBO Guide: building"
node esbuild.mjs || exit 2
today=${CBO_TODAY:-2026-11-22}
echo
echo "== cbo check examples/ --today $today"
node bin/cbo.js check examples --today "$today"
echo
echo "== cbo roi examples/checkout.cbo.yaml"
node bin/cbo.js roi examples/checkout.cbo.yaml --today "$today"
echo
echo "== cbo report examples/checkout.cbo.yaml (first 30 lines)"
node bin/cbo.js report examples/checkout.cbo.yaml --today "$today" | head -30
exit 0
