#!/usr/bin/env bash
# Installs what is missing, builds Gatehouse and runs the main job on the embedded demo
# artifacts: all three gate analyses, written as CSV, Markdown and JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
cmake --preset release
cmake --build --preset release
out="${1:-$PWD/demo-report}"
./build/release/app/gatehouse-cli report --demo --out "$out"
echo
echo "Demo report written to $out"
