#!/usr/bin/env bash
# The stages of ./scripts/run-tests.sh after the release suite, on their own: the whole test
# suite under AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer (the asan-ubsan
# presets), then every libFuzzer target for a bounded time from its committed seed corpus
# (fuzz/run-fuzzers.sh). CI runs them as part of ./scripts/run-tests.sh.
#
#   ./scripts/run-ci-extras.sh              # both stages
#   EXTRAS="fuzz" FUZZ_SECONDS=30 ./scripts/run-ci-extras.sh
#
# EXTRAS ("asan fuzz"), FUZZ_SECONDS (60 per target, 3 targets).
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS="${EXTRAS:-asan fuzz}"
skip_sanitizers=1
skip_fuzz=1
[[ " $EXTRAS " != *" asan "* ]] || skip_sanitizers=0
[[ " $EXTRAS " != *" fuzz "* ]] || skip_fuzz=0
GATEHOUSE_SKIP_RELEASE=1 GATEHOUSE_SKIP_SANITIZERS=$skip_sanitizers GATEHOUSE_SKIP_FUZZ=$skip_fuzz \
  exec ./scripts/run-tests.sh
