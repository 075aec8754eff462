#!/usr/bin/env bash
# Installs what is missing, builds Gatehouse from scratch-safe state and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
cmake --preset release
cmake --build --preset release
ctest --preset release
