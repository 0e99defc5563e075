#!/usr/bin/env bash
# Run a built bundle's --self-test the way an office laptop would: no virtual environment, no
# project checkout and no Python on PATH (PATH is an empty folder), no display, from a folder outside the checkout, with an
# empty home. Optionally refuse a bundle over a size limit.
#
#   packaging/check_bundle.sh dist/caseworker/caseworker [--max-mb N]
set -euo pipefail
program="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
max_mb=""
if [ "${1:-}" = "--max-mb" ]; then max_mb="$2"; fi

bundle="$(dirname "$program")"
home="$(mktemp -d /tmp/caseworker-clean-home.XXXXXX)"
trap 'rm -rf "$home"' EXIT
cd "$home"
mkdir -p "$home/bin"  # an empty PATH: no python, no venv, nothing of the checkout
env -i HOME="$home" PATH="$home/bin" LANG=C.UTF-8 TMPDIR="$home" QT_QPA_PLATFORM=offscreen \
  "$program" --self-test
env -i HOME="$home" PATH="$home/bin" "$program" --version

if [ -n "$max_mb" ]; then
  size_mb=$(( $(du -sk "$bundle" | cut -f1) / 1024 ))
  if [ "$size_mb" -gt "$max_mb" ]; then
    echo "check: the bundle is $size_mb MB, over the limit of $max_mb MB" >&2
    exit 1
  fi
  echo "check: the bundle is $size_mb MB (limit $max_mb MB)"
fi
