#!/usr/bin/env bash
# Set up Caseworker from a source checkout and start it, or run its tests.
#
#   packaging/bootstrap.sh run  [caseworker arguments]   set up, then open the window
#   packaging/bootstrap.sh test [pytest arguments]       set up, then run the whole test suite
#
# Idempotent: the system packages are checked with dpkg, and the virtual environment is rebuilt
# only when pyproject.toml changed since the last install, so a second run starts at once.
set -euo pipefail

cd "$(dirname "$0")/.."
mode="${1:-run}"
[ $# -gt 0 ] && shift

# Libraries Qt's xcb platform and the Python venv need on a minimal Debian/Ubuntu system.
SYSTEM_PACKAGES=(python3-venv libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libx11-xcb1
  fonts-dejavu-core)

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian-like: see the README's list
  local missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Missing system packages (install them as root): ${missing[*]}" >&2; return 0
    fi
  fi
  echo "Installing system packages: ${missing[*]}" >&2
  $sudo apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || echo "Some system packages could not be installed; the window may not open." >&2
}

python_for_venv() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "Caseworker needs Python 3.11 or newer with venv (Debian: apt-get install python3 python3-venv)." >&2
  exit 1
}

ensure_venv() {
  local stamp=".venv/.installed" want
  want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
  if [ -x .venv/bin/python ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  [ -x .venv/bin/python ] || "$(python_for_venv)" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test]'
  echo "$want" > "$stamp"
}

install_system_packages
ensure_venv

case "$mode" in
  run)  exec .venv/bin/caseworker "$@" ;;
  test) export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
        exec .venv/bin/python -m pytest "$@" ;;
  *)    echo "usage: packaging/bootstrap.sh run|test [arguments]" >&2; exit 2 ;;
esac
