#!/usr/bin/env bash
# Makes sure Debian's Neovim is installed, for the language-server test with a real client
# (test/lsp/neovim). Idempotent: installs only when missing, and says so. Never downloads
# anything but Debian packages. Prints the nvim path alone on the last line of stdout.
# Exit non-zero (with a message) when it cannot be installed: a failure, never a skip.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/debian-packages.sh"
ensure_debian_packages neovim
NVIM=$(command -v nvim || true)
[ -x "$NVIM" ] || die "neovim is installed but nvim is not on PATH"
say "neovim: $("$NVIM" --version | head -1)"
echo "$NVIM"
