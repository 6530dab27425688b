#!/usr/bin/env bash
# Makes sure Debian's Neovim is installed, for the language-server test with a real client
# (test/lsp/neovim). Idempotent: installs only when missing, and says so. Never downloads
# anything but Debian packages. Prints the nvim path alone on the last line of stdout.
# Exit non-zero (with a message) when it cannot be installed: a failure, never a skip.
set -uo pipefail
say() { echo "CBO Guide: $*" >&2; }
die() { echo "CBO Guide: ERROR: $*" >&2; exit 1; }
if ! dpkg-query -W -f='${Status}' neovim 2>/dev/null | grep -q 'install ok installed'; then
  command -v apt-get >/dev/null || die "neovim is missing and apt-get is not available; install it by hand"
  SUDO=
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "neovim is missing; run this script as root (or install sudo)"
    SUDO=sudo
  fi
  say "installing Debian package neovim because it is missing"
  $SUDO apt-get update -q >&2 || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends neovim >&2 || die "apt-get install neovim failed"
fi
NVIM=$(command -v nvim || true)
[ -x "$NVIM" ] || die "neovim is installed but nvim is not on PATH"
say "neovim: $("$NVIM" --version | head -1)"
echo "$NVIM"
