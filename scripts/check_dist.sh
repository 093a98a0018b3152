#!/usr/bin/env bash
# `make dist-check`: tries the bundle in dist/ on a clean Debian with no Python at all, the way
# a user's machine is: a debootstrap root (build/cleanroot, made once, ~1 min) with only what
# every desktop has (OpenGL/EGL libraries, fontconfig and a font).  Checks that the bundle
# prints its version, writes the example's proposal with its map picture, and opens its window
# under X.  Needs root (chroot) and debootstrap; run `make dist` first.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x dist/PitchKit/pitchkit ] || { echo "dist-check: no bundle: run make dist first" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "dist-check: needs root (chroot)" >&2; exit 1; }

root=build/cleanroot
export DEBIAN_FRONTEND=noninteractive
for tool in debootstrap Xvfb; do
  command -v "$tool" >/dev/null || { apt-get update -qq; apt-get install -y -qq --no-install-recommends debootstrap xvfb >/dev/null; }
done
if [ ! -x "$root/bin/sh" ]; then
  echo "dist-check: making a clean Debian root in $root"
  debootstrap --variant=minbase stable "$root" >/dev/null
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  chroot "$root" /bin/sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends libgl1 libegl1 fontconfig-config fonts-dejavu-core >/dev/null 2>&1"
fi
if chroot "$root" /bin/sh -c 'command -v python3 || ls /usr/lib/python3*' >/dev/null 2>&1; then
  echo "dist-check: $root has Python in it; it is not a clean machine" >&2; exit 1
fi

rm -rf "$root/opt/PitchKit" "$root/tmp/check"
cp -a dist/PitchKit "$root/opt/PitchKit"
mkdir -p "$root/tmp/check"
cp resources/examples/northwind-peer-learning.pitchkit "$root/tmp/check/example.pitchkit"
run() { chroot "$root" /usr/bin/env -i HOME=/tmp/check PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }

run /opt/PitchKit/pitchkit --version
run /opt/PitchKit/pitchkit export /tmp/check/example.pitchkit -t proposal -f docx -o /tmp/check/proposal.docx
.venv/bin/python - "$root/tmp/check/proposal.docx" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
pictures = [n for n in names if n.startswith("word/media/")]
assert pictures, "the proposal has no map picture"
print(f"dist-check: {sys.argv[1]} holds the map picture ({pictures[0]})")
PY

display=:$(( 90 + RANDOM % 100 ))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
trap 'umount "$root/tmp/.X11-unix" 2>/dev/null || true; kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
run DISPLAY="$display" PITCHKIT_BENCH_QUIT_AFTER_PAINT=1 /opt/PitchKit/pitchkit /tmp/check/example.pitchkit \
  | grep -q '^painted ' && echo "dist-check: the window opened and painted on $display"
echo "dist-check: passed"
