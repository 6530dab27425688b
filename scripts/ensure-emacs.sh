#!/usr/bin/env bash
# Makes sure Debian's Emacs (emacs-nox) and eglot (elpa-eglot) are installed, for the
# language-server test with a second real client (test/lsp/emacs). Idempotent: installs only
# the packages that are missing, and says so. Never downloads anything but Debian packages.
# Prints the emacs path alone on the last line of stdout.
# Exit non-zero (with a message) when they cannot be installed: a failure, never a skip.
set -uo pipefail
say() { echo "CBO Guide: $*" >&2; }
die() { echo "CBO Guide: ERROR: $*" >&2; exit 1; }
missing=()
for pkg in emacs-nox elpa-eglot; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null || die "${missing[*]} missing and apt-get is not available; install by hand"
  SUDO=
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "${missing[*]} missing; run this script as root (or install sudo)"
    SUDO=sudo
  fi
  say "installing Debian packages ${missing[*]} because they are missing"
  $SUDO apt-get update -q >&2 || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 || die "apt-get install ${missing[*]} failed"
fi
EMACS=$(command -v emacs || true)
[ -x "$EMACS" ] || die "emacs-nox is installed but emacs is not on PATH"
# eglot comes from Debian's elpa directory, which `emacs -Q` does not activate by itself (its
# load-path lacks site-lisp): the test points package.el there, so check that this finds eglot.
"$EMACS" --batch -Q --eval '(progn (setq package-directory-list (list "/usr/share/emacs/site-lisp/elpa")) (package-initialize) (require (quote eglot)))' >/dev/null 2>&1 \
  || die "elpa-eglot is installed but emacs --batch -Q cannot load eglot from /usr/share/emacs/site-lisp/elpa"
say "emacs: $("$EMACS" --version | head -1), eglot $(dpkg-query -W -f='${Version}' elpa-eglot)"
echo "$EMACS"
