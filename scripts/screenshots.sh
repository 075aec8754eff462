#!/usr/bin/env bash
# Fills docs/screenshots/ with one PNG per page of the GUI on the embedded demo, in the
# default (light) palette and, as *-dark.png, in the dark one (GATEHOUSE_DARK=1). Runs
# the app's --screenshots mode under a virtual X server, and also takes one real screen
# capture of the whole X display when ImageMagick's `import` is installed.
#
#   scripts/screenshots.sh [--lang de] [BUILD_DIR] [OUT_DIR] [SOURCE…]
#   BUILD_DIR defaults to build/release, OUT_DIR to docs/screenshots, SOURCE to the demo.
#   --lang de: the pages in German, light palette only, into docs/screenshots/de/ at
#   1400x900 and into docs/screenshots/de/min/ at the window's minimum size (the check
#   for clipped German labels, docs/i18n.md).
set -euo pipefail
cd "$(dirname "$0")/.."
lang=""
if [[ "${1:-}" == "--lang" ]]; then lang="$2"; shift 2; fi
build="${1:-build/release}"
out="${2:-docs/screenshots${lang:+/$lang}}"
shift $(( $# > 2 ? 2 : $# ))
app="$build/app/gatehouse"
if [[ ! -x "$app" ]]; then
  echo "screenshots.sh: $app not found; build first (cmake --preset release && cmake --build --preset release)" >&2
  exit 2
fi
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is missing (apt-get install xvfb)" >&2; exit 2; }
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
screen=(-s '-screen 0 1600x1000x24')

# Keep the user's settings out of it; xcb is the platform a user would see.
export XDG_CONFIG_HOME="$tmp/config" QT_QPA_PLATFORM=xcb

if [[ -n "$lang" ]]; then
  xvfb-run -a "${screen[@]}" "$app" --lang "$lang" --screenshots "$tmp/light" "$@"
  GATEHOUSE_SCREENSHOT_SIZE=min xvfb-run -a "${screen[@]}" "$app" --lang "$lang" \
    --screenshots "$tmp/min" "$@"
  mkdir -p "$out/min"
  cp "$tmp"/light/*.png "$out/"
  cp "$tmp"/min/*.png "$out/min/"
  ls -1 "$out" "$out/min"
  exit 0
fi
xvfb-run -a "${screen[@]}" "$app" --screenshots "$tmp/light" "$@"
GATEHOUSE_DARK=1 xvfb-run -a "${screen[@]}" "$app" --screenshots "$tmp/dark" "$@"
for png in "$tmp"/light/*.png; do cp "$png" "$out/"; done
for png in "$tmp"/dark/*.png; do
  name="$(basename "$png" .png)"
  cp "$png" "$out/$name-dark.png"
done

# One capture of the real X screen (no window manager): the window as X shows it, not
# as Qt renders it into a pixmap. The app runs normally here, so it opens on Review.
if command -v import >/dev/null; then
  xvfb-run -a "${screen[@]}" bash -c '
    if (( $# > 2 )); then "$0" "${@:3}" & else "$0" --demo & fi
    pid=$!
    sleep 6
    import -window root "$2"
    kill "$pid"; wait "$pid" || true' "$app" "$tmp" "$out/screen.png" "$@"
fi
ls -1 "$out"
