#!/usr/bin/env bash
# `npm test`: everything, from a fresh clone. Installs what is missing, builds, type-checks,
# then runs the unit tests (plain Node). Each stage says what it does; the last line is
# "total: N passed, N failed".
set -uo pipefail
source "$(dirname "$0")/setup.sh"

passed=0
failed=0
count() { # reads "N passed, N failed" lines from a stage's output file
  local p f
  p=$(grep -Eo '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -1 | cut -d' ' -f1)
  f=$(grep -Eo '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -1 | cut -d' ' -f3)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  if [ -z "$p" ]; then failed=$((failed + 1)); echo "CBO Guide: stage printed no result line; counted as a failure" >&2; fi
}

echo "== build (esbuild; schema validators generated with Ajv standalone)"
node esbuild.mjs || { echo "build failed"; echo "total: $passed passed, 1 failed"; exit 1; }

echo "== typecheck (tsc --noEmit, strict)"
npm run --silent typecheck || { echo "typecheck failed"; echo "total: $passed passed, 1 failed"; exit 1; }

log=$(mktemp)
echo "== unit tests (mocha, plain Node)"
npx --no-install mocha --reporter ./test/reporter.cjs 2>&1 | tee "$log"
count "$log"

echo "total: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
