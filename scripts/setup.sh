#!/usr/bin/env bash
# Installs the Debian bookworm packages Gatehouse needs to build, test and run, when
# they are missing. Idempotent; runs as root or through sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools libgl-dev
  # Qt's own German strings (file dialogs, message boxes) for the German workbench
  qt6-translations-l10n
  libxkbcommon-dev
  libzip-dev qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-svg-dev xvfb locales appstream desktop-file-utils
  # gatehouse.toml (SPEC §7) and the distributions of the statistics (SPEC §9, §10)
  libtomlplusplus-dev libboost-math-dev
  # SHA-256 of every stored file (OpenSSL's libcrypto uses the CPU's SHA instructions:
  # 6-7 times Qt's own implementation, which was most of an ingest's reading)
  libssl-dev
  # screenshots of the workbench (import -window root) and the history store back ends
  imagemagick libqt6sql6-sqlite libqt6sql6-psql postgresql golang-go
  # clang and its runtimes (libFuzzer, ASan, UBSan) for the fuzz targets in fuzz/
  clang-14 libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
fi

# The locale tests prove that exports do not change under a German locale.
if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
  echo "setup: generating de_DE.UTF-8"
  as_root sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
  grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
  as_root locale-gen >/dev/null
fi
echo "setup: all packages present"
