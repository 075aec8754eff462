#!/usr/bin/env bash
# Installs what is missing, builds Gatehouse from scratch-safe state and runs every test.
# This is what CI runs (.ci/run), stage by stage:
#
#   1. release     cmake --preset release, build, ctest --preset release      (build/release)
#   2. sanitizers  the same suite under ASan + UBSan + LeakSanitizer           (build/asan-ubsan)
#                  with the options of the asan-ubsan test preset (CMakePresets.json)
#   3. fuzzers     the libFuzzer targets built (clang 14, ASan + UBSan), then   (build/fuzz)
#                  each run for FUZZ_SECONDS from its committed seed corpus (fuzz/run-fuzzers.sh)
#
# The default runs every stage. Switches for a developer in a hurry (CI sets none):
#   GATEHOUSE_SKIP_RELEASE=1      skip stage 1
#   GATEHOUSE_SKIP_SANITIZERS=1   skip stage 2
#   GATEHOUSE_SKIP_FUZZ=1         skip stage 3 (FUZZ_SECONDS=0 does too)
#   FUZZ_SECONDS=N                seconds per fuzz target (default 60, 3 targets)
# The wall time of every stage is printed at the end, also when a stage fails.
set -euo pipefail
cd "$(dirname "$0")/.."

export FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
# The setup installs PostgreSQL: its test rows must run here, not skip (tests/HistoryTestSupport.h).
export GATEHOUSE_REQUIRE_POSTGRESQL=1
skip_release="${GATEHOUSE_SKIP_RELEASE:-0}"
skip_sanitizers="${GATEHOUSE_SKIP_SANITIZERS:-0}"
skip_fuzz="${GATEHOUSE_SKIP_FUZZ:-0}"
[ "$FUZZ_SECONDS" != 0 ] || skip_fuzz=1

stage_times=()
current_stage=""
report_times() {
  local status=$?
  if [ ${#stage_times[@]} -gt 0 ] || [ -n "$current_stage" ]; then
    echo
    echo "== stage times (wall)"
    local line
    for line in "${stage_times[@]}"; do echo "  $line"; done
    if [ $status -ne 0 ] && [ -n "$current_stage" ]; then
      echo "  $current_stage FAILED after $((SECONDS - stage_start)) s"
    fi
    echo "  total $SECONDS s"
  fi
}
trap report_times EXIT

# stage NAME COMMAND [ARG...]: runs the command, records its wall time.
stage() {
  current_stage=$1
  shift
  stage_start=$SECONDS
  echo
  echo "== $current_stage"
  "$@"
  stage_times+=("$(printf '%-22s %5d s' "$current_stage" $((SECONDS - stage_start)))")
  current_stage=""
}

stage "setup" ./scripts/setup.sh

if [ "$skip_release" != 1 ]; then
  stage "release build" bash -c 'cmake --preset release && cmake --build --preset release'
  stage "release tests" ctest --preset release
fi

if [ "$skip_sanitizers" != 1 ]; then
  # ASAN_OPTIONS and UBSAN_OPTIONS come from the asan-ubsan test preset (what is set in the
  # environment is appended, so it wins). LeakSanitizer is on: a leak fails the suite like
  # any other report, and UBSan halts on its first one.
  stage "asan-ubsan build" bash -c 'cmake --preset asan-ubsan && cmake --build --preset asan-ubsan'
  stage "asan-ubsan tests" ctest --preset asan-ubsan
fi

if [ "$skip_fuzz" != 1 ]; then
  stage "fuzz build" bash -c 'cmake --preset fuzz && cmake --build --preset fuzz'
  stage "fuzz runs" ./fuzz/run-fuzzers.sh
fi
