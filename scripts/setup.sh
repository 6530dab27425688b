# Sourced by test.sh and demo.sh: installs the npm packages when they are missing or stale.
# Says what it does; never downloads anything but npm packages.
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
stamp=node_modules/.cbo-installed
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "CBO Guide: installing npm packages (npm ci), because node_modules is missing or older than package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error || { echo "CBO Guide: npm ci failed" >&2; exit 2; }
  touch "$stamp"
fi
