#!/usr/bin/env bash
# CI extras beyond ./scripts/run-tests.sh: the whole test suite under AddressSanitizer +
# UndefinedBehaviorSanitizer (the asan-ubsan preset), then every libFuzzer target for a
# bounded time from its committed seed corpus (fuzz/run-fuzzers.sh).
#
#   ./scripts/run-ci-extras.sh              # both stages
#   EXTRAS="fuzz" FUZZ_SECONDS=30 ./scripts/run-ci-extras.sh
#
# EXTRAS ("asan fuzz"), FUZZ_SECONDS (60 per target, 3 targets). On 2 idle cores: asan
# build ~8 min, suite ~3 min, fuzz build ~2 min, fuzzing 3 min.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS="${EXTRAS:-asan fuzz}"
export FUZZ_SECONDS="${FUZZ_SECONDS:-60}"

./scripts/setup.sh
if [[ " $EXTRAS " == *" fuzz "* ]]; then
  missing=()
  for p in clang-14 libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}"
  fi
fi

if [[ " $EXTRAS " == *" asan "* ]]; then
  echo "== asan-ubsan: build and run the whole suite"
  cmake --preset asan-ubsan
  cmake --build --preset asan-ubsan
  # LeakSanitizer is on: a leak fails the suite like any other sanitizer report.
  ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:check_initialization_order=1}" \
  UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
    ctest --preset asan-ubsan
fi

if [[ " $EXTRAS " == *" fuzz "* ]]; then
  echo "== fuzzers, ${FUZZ_SECONDS}s each"
  ./fuzz/run-fuzzers.sh
fi
