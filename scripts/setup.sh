#!/usr/bin/env bash
# Creates or reuses .venv and installs what PitchKit needs on a Debian-like machine:
# the Qt system libraries (through apt when root, otherwise a message naming them) and
# the Python packages.  Usage: scripts/setup.sh [offscreen|window|test]
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-offscreen}"
venv=".venv"
python="${PYTHON:-python3}"

# Qt offscreen needs these on a fresh Debian; a real window also needs the xcb ones
# (measured on a fresh Debian; docs/decisions.md, "Dependencies").
offscreen_pkgs="libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core"
# Carlito has Calibri's metrics: the PDF is set in it, so it lays out like the Word file.
offscreen_pkgs="$offscreen_pkgs fonts-crosextra-carlito"
window_pkgs="xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"

# The suite also checks the desktop entry and the MIME type with the freedesktop tools.
test_pkgs="desktop-file-utils shared-mime-info"
# ... and reads the PDFs it writes back with poppler's pdftotext, pdfinfo and pdfimages.
test_pkgs="$test_pkgs poppler-utils"

need_pkgs="$offscreen_pkgs"
[ "$mode" = window ] && need_pkgs="$need_pkgs $window_pkgs"
[ "$mode" = test ] && need_pkgs="$need_pkgs $test_pkgs"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in $need_pkgs; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in *"install ok installed"*) ;; *) missing="$missing $pkg" ;; esac
  done
  # Debian's python3 has no venv/ensurepip unless python3-venv is installed.
  if ! "$python" -c "import ensurepip, venv" >/dev/null 2>&1 && [ ! -x "$venv/bin/python" ]; then
    ver=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    if apt-cache policy "python$ver-venv" 2>/dev/null | grep -q Candidate; then
      missing="$missing python$ver-venv"
    else
      missing="$missing python3-venv"
    fi
  fi
fi

if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing system packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "setup: PitchKit needs these system packages, which are not installed:$missing" >&2
    echo "setup: install them as root with:" >&2
    echo "  apt-get install --no-install-recommends$missing" >&2
    exit 1
  fi
fi

if [ ! -x "$venv/bin/python" ]; then
  echo "setup: creating $venv"
  "$python" -m venv "$venv"
fi

# The checkout is installed as a plain path entry (.pth), not through setuptools' import
# hook: the hook is imported by every Python start in .venv and imports pathlib, urllib and
# importlib.util with it (~14 ms of `python -c pass`; docs/performance.md).  pitchkit/paths.py
# finds resources/ and templates/ beside the package, so nothing needs the hook's mapping.
# Should a later setuptools drop "compat" mode, the usual editable install is made instead.
stamp="$venv/.pitchkit-installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ scripts/setup.sh -nt "$stamp" ]; then
  echo "setup: installing Python packages into $venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[test,lint]" \
      --config-settings editable_mode=compat 2>/dev/null \
    || "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[test,lint]"
  touch "$stamp"
fi

# The app's translations: .qm files from the .ts sources (also committed; a test keeps them current).
"$venv/bin/python" scripts/i18n.py build >/dev/null

# Byte-compile the sources now: with PYTHONDONTWRITEBYTECODE set (some shells and CI
# images do), every start would otherwise compile ~40 modules again (~25 ms of start-up).
# Quick when nothing changed: compileall skips files whose .pyc is current.
"$venv/bin/python" -m compileall -q pitchkit >/dev/null || true
# The built-in templates compiled the same way (into .venv/share/pitchkit), so that a first
# export does not compile the proposal (~110 ms); quick when they are current.
"$venv/bin/python" -c "from pitchkit.documents.templates import precompile_builtin; precompile_builtin()" >/dev/null 2>&1 || true
# PySide's support code (compiled from source at every Qt import otherwise) and the regular
# expressions of a start and an export, kept compiled the same way (pitchkit/shipped_code.py),
# so that a first start and a first export compile neither.
"$venv/bin/python" -m pitchkit.shipped_code >/dev/null 2>&1 || true
