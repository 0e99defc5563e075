#!/usr/bin/env bash
# Build Caseworker as an app that needs no Python: a PyInstaller one-folder bundle in
# dist/caseworker/, checked by running its own --self-test in a clean environment, and on Linux
# a .deb that installs it under /opt/caseworker with a menu entry and icons. On macOS the same
# script makes dist/Caseworker.app (then packaging/macos/make_dmg.sh); Windows runs the same steps
# from packaging/ci/build.yml.
#
#   packaging/build.sh            build, self-test, and (Linux) the .deb
#   packaging/build.sh --no-deb   the bundle and its self-test only
#
# From a fresh clone: the build tools and every dependency are installed, at the versions pinned
# in packaging/requirements-build.txt, into a virtual environment of their own (build/venv; kept
# between runs and rebuilt when that file changes). Nothing is fetched when the bundle runs.
# Outputs: dist/caseworker/ (the bundle), dist/caseworker_VERSION_ARCH.deb; build/ holds the rest.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
make_deb=1
for arg in "$@"; do
  case "$arg" in
    --no-deb) make_deb=0 ;;
    *) echo "usage: packaging/build.sh [--no-deb]" >&2; exit 2 ;;
  esac
done

started=$(date +%s)
phase_started=$started
say() { echo "build: $*" >&2; }
# Each phase's time, so the closing line can say where a slow build spent it.
timings=""
phase_done() { local now; now=$(date +%s); timings="$timings $1 $((now - phase_started)) s;"; phase_started=$now; }

python_for_build() {
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys, ensurepip; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "The bundle is built with CPython 3.11 (the version the pins were resolved for); install python3.11 and python3.11-venv." >&2
  exit 1
}

VENV=build/venv
REQS=packaging/requirements-build.txt
want="$(python3 -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$REQS")"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$VENV/.installed" 2>/dev/null)" != "$want" ]; then
  say "installing the pinned build requirements into $VENV"
  rm -rf "$VENV"
  "$(python_for_build)" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps -r "$REQS"
  "$VENV/bin/python" -m pip check
  echo "$want" > "$VENV/.installed"
fi
phase_done "requirements"

# Every dependency pyproject.toml names must be pinned here, or the bundle would miss it.
"$VENV/bin/python" - "$REQS" <<'PY'
import re, sys, tomllib
norm = lambda n: re.sub(r"[-_.]+", "-", n).lower()
pinned = {norm(line.split("==")[0]) for line in open(sys.argv[1]) if "==" in line}
wanted = tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]
missing = [d for d in wanted if norm(re.split(r"[\[<>=!~; ]", d, maxsplit=1)[0]) not in pinned]
if missing:
    sys.exit(f"build: not pinned in {sys.argv[1]}: {', '.join(missing)}")
PY

VERSION="$("$VENV/bin/python" -c 'import re; print(re.search(r"^__version__ = \"([^\"]+)\"", open("caseworker/__init__.py").read(), re.M)[1])')"
say "Caseworker $VERSION"

say "making the icons"
rm -rf build/icons
"$VENV/bin/python" packaging/icons/make_icons.py build/icons >/dev/null
phase_done "icons"

say "bundling with PyInstaller"
rm -rf dist/caseworker dist/Caseworker.app
# SOURCE_DATE_EPOCH: timestamps inside the bundle come from the commit, not the build's clock.
SOURCE_DATE_EPOCH="$(git log -1 --format=%ct 2>/dev/null || echo 0)" \
  "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/caseworker.spec

BUNDLE="$ROOT/dist/caseworker"
PROGRAM="$BUNDLE/caseworker"
# macOS: the console program beside the window one (see the spec); the .app is dist/Caseworker.app.
[ "$(uname -s)" = Darwin ] && PROGRAM="$BUNDLE/caseworker-cli"
[ -x "$PROGRAM" ] || { echo "build: $PROGRAM was not made" >&2; exit 1; }
phase_done "pyinstaller"

# Test tooling must not have slipped in.
if find "$BUNDLE" \( -name 'pytest*' -o -name '_pytest' -o -name 'hypothesis*' -o -name 'pytestqt*' \) | grep -q .; then
  echo "build: test tooling found in the bundle:" >&2
  find "$BUNDLE" \( -name 'pytest*' -o -name '_pytest' -o -name 'hypothesis*' -o -name 'pytestqt*' \) >&2
  exit 1
fi

say "self-test of the bundle in a clean environment"
packaging/check_bundle.sh "$PROGRAM"
phase_done "self-test"

if [ "$make_deb" = 1 ] && [ "$(uname -s)" = Linux ] && command -v dpkg-deb >/dev/null 2>&1; then
  say "making the .deb"
  packaging/linux/make_deb.sh "$BUNDLE" build/icons "$VERSION" dist
  phase_done ".deb"
fi

size_mb=$(( $(du -sk "$BUNDLE" | cut -f1) / 1024 ))
say "done in $(( $(date +%s) - started )) s ($timings ): $BUNDLE ($size_mb MB)"
