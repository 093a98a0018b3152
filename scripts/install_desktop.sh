#!/usr/bin/env bash
# Registers PitchKit with the desktop for the current user: the menu entry, the icon, and the
# `application/x-pitchkit` MIME type so that a double click on a .pitchkit file opens it.
#   install-desktop.sh                 inside an unpacked bundle: registers that bundle
#   scripts/install_desktop.sh EXE     in a checkout (`make install-desktop`): registers EXE
#   ... --uninstall                    removes what it installed
# Nothing outside ~/.local/share (or $XDG_DATA_HOME) is touched; no root needed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"

uninstall=0
exe=""
for arg in "$@"; do
  case "$arg" in
    --uninstall) uninstall=1 ;;
    *) exe="$arg" ;;
  esac
done

if [ -d "$here/share/applications" ]; then          # an unpacked bundle
  share="$here/share"
  exe="${exe:-$here/pitchkit}"
else                                                # a checkout
  root="$(cd "$here/.." && pwd)"
  share="$root/packaging/linux"
  exe="${exe:-$root/.venv/bin/pitchkit}"
fi

refresh() {
  command -v update-mime-database >/dev/null && update-mime-database "$data/mime" >/dev/null 2>&1 || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" >/dev/null 2>&1 || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true
}

if [ "$uninstall" = 1 ]; then
  rm -f "$data/applications/pitchkit.desktop" "$data/mime/packages/pitchkit.xml"
  find "$data/icons/hicolor" -name 'pitchkit.*' -delete 2>/dev/null || true
  find "$data/icons/hicolor" -name 'application-x-pitchkit.*' -delete 2>/dev/null || true
  refresh
  echo "PitchKit removed from the desktop for ${USER:-$(id -un)}"
  exit 0
fi

[ -x "$exe" ] || { echo "install-desktop: $exe: not an executable; build it first (make dist or make run)" >&2; exit 1; }

mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/scalable/mimetypes"
# The desktop entry, with Exec pointing at this copy of PitchKit (quoted: paths may hold spaces).
desktop="$share/applications/pitchkit.desktop"
[ -f "$desktop" ] || desktop="$share/pitchkit.desktop"
sed "s|^Exec=.*|Exec=\"$exe\" %f|" "$desktop" > "$data/applications/pitchkit.desktop"
mime="$share/mime/packages/pitchkit.xml"
[ -f "$mime" ] || mime="$share/pitchkit-mime.xml"
cp "$mime" "$data/mime/packages/pitchkit.xml"

svg="$share/icons/hicolor/scalable/apps/pitchkit.svg"
[ -f "$svg" ] || svg="$(cd "$share/../.." && pwd)/resources/icons/pitchkit.svg"
cp "$svg" "$data/icons/hicolor/scalable/apps/pitchkit.svg"
cp "$svg" "$data/icons/hicolor/scalable/mimetypes/application-x-pitchkit.svg"
if [ -d "$share/icons/hicolor" ]; then
  for png in "$share"/icons/hicolor/*x*/apps/pitchkit.png; do
    [ -f "$png" ] || continue
    size_dir="$(basename "$(dirname "$(dirname "$png")")")"
    mkdir -p "$data/icons/hicolor/$size_dir/apps"
    cp "$png" "$data/icons/hicolor/$size_dir/apps/pitchkit.png"
  done
fi

refresh
command -v xdg-mime >/dev/null && xdg-mime default pitchkit.desktop application/x-pitchkit 2>/dev/null || true
echo "PitchKit installed for ${USER:-$(id -un)}: menu entry, icon, and .pitchkit files open with $exe"
