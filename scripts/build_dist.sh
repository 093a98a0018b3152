#!/usr/bin/env bash
# `make dist`: builds the self-contained PitchKit app for this machine into dist/ (no Python
# needed to run it) and packs it as dist/PitchKit-<version>-linux-<arch>.tar.gz.
# The bundle: dist/PitchKit/pitchkit (the app and the command line), share/ (the .desktop
# entry, the MIME type and the icons) and install-desktop.sh (registers it for the user).
# Why PyInstaller: docs/decisions.md ("Installing without Python").
set -euo pipefail
cd "$(dirname "$0")/.."

# The xcb libraries Qt's window needs are taken into the bundle from this machine, so they
# must be here: setup's "window" mode installs them.
scripts/setup.sh window
py=.venv/bin/python
if ! "$py" -c "import PyInstaller" 2>/dev/null; then
  echo "dist: installing PyInstaller into .venv"
  # as a plain path entry, like scripts/setup.sh does
  "$py" -m pip install --quiet --disable-pip-version-check -e ".[dist]" --config-settings editable_mode=compat \
    || "$py" -m pip install --quiet --disable-pip-version-check -e ".[dist]"
fi

version=$("$py" -c "import pitchkit; print(pitchkit.__version__)")
arch=$(uname -m)
build=build/dist
rm -rf "$build" dist/PitchKit
mkdir -p "$build" dist

start=$(date +%s)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath "$build/work" packaging/pitchkit.spec

bundle=dist/PitchKit
share="$bundle/share"
mkdir -p "$share/applications" "$share/mime/packages" "$share/icons/hicolor/scalable/apps"
cp packaging/linux/pitchkit.desktop "$share/applications/"
cp packaging/linux/pitchkit-mime.xml "$share/mime/packages/pitchkit.xml"
cp resources/icons/pitchkit.svg "$share/icons/hicolor/scalable/apps/pitchkit.svg"
# PNG sizes for desktops that do not draw SVG icons, rendered by Qt from the one SVG.
QT_QPA_PLATFORM=offscreen "$py" scripts/render_icons.py resources/icons/pitchkit.svg "$share/icons/hicolor"
cp scripts/install_desktop.sh "$bundle/install-desktop.sh"
cp LICENSE "$bundle/"

# The bundle must run with nothing from this machine's Python: no PATH, no venv.
env -i HOME="$(mktemp -d)" LANG=C.UTF-8 "$bundle/pitchkit" --version

tarball="dist/PitchKit-$version-linux-$arch.tar.gz"
tar -C dist -czf "$tarball" PitchKit
echo "dist: built $bundle ($(du -sh "$bundle" | cut -f1)) and $tarball ($(du -sh "$tarball" | cut -f1)) in $(( $(date +%s) - start )) s"
