#!/usr/bin/env bash
# Makes sure Debian's Emacs (emacs-nox) and eglot (elpa-eglot) are installed, for the
# language-server test with a second real client (test/lsp/emacs). Idempotent: installs only
# the packages that are missing, and says so. Never downloads anything but Debian packages.
# Prints the emacs path alone on the last line of stdout.
# Exit non-zero (with a message) when they cannot be installed: a failure, never a skip.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/debian-packages.sh"
ensure_debian_packages emacs-nox elpa-eglot
EMACS=$(command -v emacs || true)
[ -x "$EMACS" ] || die "emacs-nox is installed but emacs is not on PATH"
# eglot comes from Debian's elpa directory, which `emacs -Q` does not activate by itself (its
# load-path lacks site-lisp): the test points package.el there, so check that this finds eglot.
"$EMACS" --batch -Q --eval '(progn (setq package-directory-list (list "/usr/share/emacs/site-lisp/elpa")) (package-initialize) (require (quote eglot)))' >/dev/null 2>&1 \
  || die "elpa-eglot is installed but emacs --batch -Q cannot load eglot from /usr/share/emacs/site-lisp/elpa"
say "emacs: $("$EMACS" --version | head -1), eglot $(dpkg-query -W -f='${Version}' elpa-eglot)"
echo "$EMACS"
