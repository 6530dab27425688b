# Sourced by scripts/ensure-neovim.sh and scripts/ensure-emacs.sh: `say`, `die`, and
# `ensure_debian_packages PKG...`, which installs those of the Debian packages that are missing
# (apt-get --no-install-recommends; sudo when not root) and says so on stderr. When it cannot,
# it ends the script with a message and a non-zero exit: a failure, never a skip.
say() { echo "CBO Guide: $*" >&2; }
die() { echo "CBO Guide: ERROR: $*" >&2; exit 1; }
ensure_debian_packages() {
  local pkg sudo= missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "${missing[*]} missing and apt-get is not available; install by hand"
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "${missing[*]} missing; run this script as root (or install sudo)"
    sudo=sudo
  fi
  say "installing from Debian, because they are missing: ${missing[*]}"
  $sudo apt-get update -q >&2 || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 || die "apt-get install ${missing[*]} failed"
}
