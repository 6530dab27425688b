#!/usr/bin/env bash
# Makes sure a real VS Code (code-server, from npm) and Debian's Chromium are on this machine,
# for the integration and end-to-end tests. Idempotent: installs only what is missing, and
# says so ("CBO Guide: installing X because it is missing"). Never downloads anything but npm
# packages and Debian packages. See docs/real-vscode-host.md.
#
# Usage:   bash scripts/ensure-code-server.sh            (messages on stderr)
# Output:  the absolute path of the code-server executable, alone on the last line of stdout,
#          so `CODE_SERVER=$(bash scripts/ensure-code-server.sh)` works. The same path is also
#          written to .cache/code-server/env.sh as `CBO_CODE_SERVER=...` (plus CBO_CHROMIUM),
#          for `source .cache/code-server/env.sh`.
# Exit:    0 when code-server and chromium are ready; non-zero (with a message) otherwise.
#
# Settings (environment): CBO_CODE_SERVER_VERSION (default 4.100.3: the last release that
# runs on Node 20; it is VS Code 1.100.3).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VERSION=${CBO_CODE_SERVER_VERSION:-4.100.3}
CACHE="$ROOT/.cache/code-server"
BIN="$CACHE/node_modules/.bin/code-server"
STAMP="$CACHE/.installed-$VERSION"
# Fallbacks from the note, used only if the versions cannot be read from the packages.
RG_PKG_FALLBACK=1.15.11
RG_VERSION_FALLBACK=v13.0.0-10

say() { echo "CBO Guide: $*" >&2; }
die() { echo "CBO Guide: ERROR: $*" >&2; exit 1; }

# --- Debian packages -------------------------------------------------------------------------
# chromium: the browser the tests drive; libkrb5-dev + pkg-config: the `kerberos` native module
# of code-server compiles against GSSAPI headers; ripgrep: its `rg` stands in for the binary
# that @vscode/ripgrep would download from the internet; fonts-nanum: Korean glyphs, without which
# the Korean UI and canvas render as boxes in the e2e screenshots.
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
for p in chromium libkrb5-dev pkg-config ripgrep fonts-nanum; do
  installed "$p" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null || die "Debian packages missing (${missing[*]}) and apt-get is not available; install them by hand"
  SUDO=
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "Debian packages missing (${missing[*]}); run this script as root (or install sudo)"
    SUDO=sudo
  fi
  for p in "${missing[@]}"; do say "installing Debian package $p because it is missing"; done
  say "running apt-get update"
  $SUDO apt-get update -q >&2 || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 \
    || die "apt-get install ${missing[*]} failed"
  for p in "${missing[@]}"; do installed "$p" || die "Debian package $p is still not installed"; done
fi
CHROMIUM=$(command -v chromium || true)
[ -x "$CHROMIUM" ] || die "chromium is installed but not on PATH"
RG=$(command -v rg || true)
[ -x "$RG" ] || die "ripgrep is installed but rg is not on PATH"

# --- Node ------------------------------------------------------------------------------------
command -v node >/dev/null || die "node is not on PATH"
command -v npm >/dev/null || die "npm is not on PATH"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" = 20 ] || say "warning: code-server $VERSION wants Node 20, this is Node $(node -v); its install check may refuse"

# --- code-server -----------------------------------------------------------------------------
# `code-server --version` prints "Wrote default config file ..." before the version on its first
# run on a machine, so the version line is looked for, not taken as the first line.
version_line() { "$BIN" --version 2>/dev/null | grep -m1 -E "^$VERSION( |\$)"; }
if [ -f "$STAMP" ] && [ -x "$BIN" ] && [ -n "$(version_line)" ]; then
  say "code-server $VERSION is already installed in .cache/code-server"
else
  say "installing code-server $VERSION (npm) into .cache/code-server because it is missing (about 80 s, 300 MB)"
  start=$(date +%s)
  rm -rf "$CACHE"
  mkdir -p "$CACHE/tmp" || die "cannot create $CACHE"
  # Everything the install puts in a temp folder goes to one of our own; the ripgrep
  # postinstall looks for its cached archive under os.tmpdir(), that is $TMPDIR.
  export TMPDIR="$CACHE/tmp"
  probe="$CACHE/tmp/probe"
  mkdir -p "$probe"

  # Which @vscode/ripgrep does this code-server pin, and which ripgrep release does that one
  # download? Read both from the packages themselves (npm pack: registry only, and cached).
  rg_pkg=
  if (cd "$probe" && npm pack "code-server@$VERSION" --silent >/dev/null 2>&1) \
     && tar xzf "$probe/code-server-$VERSION.tgz" -C "$probe" package/lib/vscode/npm-shrinkwrap.json 2>/dev/null; then
    rg_pkg=$(node -e '
      const l = require(process.argv[1]); const seen = new Set();
      for (const [k, v] of Object.entries(l.packages || {})) if (k.endsWith("node_modules/@vscode/ripgrep")) seen.add(v.version);
      console.log([...seen].join(" "));' "$probe/package/lib/vscode/npm-shrinkwrap.json")
  fi
  if [ -z "$rg_pkg" ]; then
    say "could not read the @vscode/ripgrep version from code-server $VERSION; using $RG_PKG_FALLBACK"
    rg_pkg=$RG_PKG_FALLBACK
  fi
  case "$(uname -m)" in
    x86_64) target=x86_64-unknown-linux-musl ;;
    aarch64) target=aarch64-unknown-linux-musl ;;
    *) die "unsupported machine $(uname -m) for the ripgrep stand-in" ;;
  esac
  mkdir -p "$probe/rgroot" && cp "$RG" "$probe/rgroot/rg" || die "cannot copy $RG"
  for v in $rg_pkg; do
    rg_ver=
    if (cd "$probe" && npm pack "@vscode/ripgrep@$v" --silent >/dev/null 2>&1) \
       && mkdir -p "$probe/rg-$v" && tar xzf "$probe/vscode-ripgrep-$v.tgz" -C "$probe/rg-$v" package/lib/postinstall.js 2>/dev/null; then
      rg_ver=$(sed -n "s/^const VERSION = '\\([^']*\\)'.*/\\1/p" "$probe/rg-$v/package/lib/postinstall.js" | head -1)
    fi
    if [ -z "$rg_ver" ]; then
      say "could not read the ripgrep release of @vscode/ripgrep $v; using $RG_VERSION_FALLBACK"
      rg_ver=$RG_VERSION_FALLBACK
    fi
    dir="$TMPDIR/vscode-ripgrep-cache-$v"
    mkdir -p "$dir"
    say "placing Debian's rg as $dir/ripgrep-$rg_ver-$target.tar.gz (@vscode/ripgrep $v would download it)"
    tar czf "$dir/ripgrep-$rg_ver-$target.tar.gz" -C "$probe/rgroot" rg || die "cannot create the ripgrep archive"
  done

  cat >"$CACHE/package.json" <<'EOF'
{ "name": "cbo-guide-code-server-cache", "private": true, "description": "code-server for CBO Guide's tests; made by scripts/ensure-code-server.sh" }
EOF
  # As root, code-server's postinstall refuses to run without unsafe-perm; node-pty's
  # postinstall calls `npx node-gyp`, which must not stop to ask.
  ( cd "$CACHE" && npm_config_unsafe_perm=true npm_config_yes=true \
      npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$VERSION" ) >&2
  rc=$?
  [ $rc -eq 0 ] || die "npm install code-server@$VERSION failed (exit $rc); see the output above"
  [ -x "$BIN" ] || die "npm install finished but $BIN is missing"
  got=$(version_line)
  [ -n "$got" ] || die "code-server installed but does not run (--version said: '$("$BIN" --version 2>&1 | tr '\n' ' ')')"
  [ -x "$CACHE/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] \
    || die "code-server installed without its ripgrep binary (search would not work)"
  rm -rf "$probe"
  touch "$STAMP"
  say "installed code-server $VERSION in $(( $(date +%s) - start )) s: $got"
fi

printf 'CBO_CODE_SERVER=%q\nCBO_CHROMIUM=%q\n' "$BIN" "$CHROMIUM" >"$CACHE/env.sh"
say "code-server: $BIN"
say "chromium: $CHROMIUM"
echo "$BIN"
