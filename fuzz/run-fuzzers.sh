#!/usr/bin/env bash
# Runs every libFuzzer target for a bounded time, starting from its committed seed corpus.
#
#   ./fuzz/run-fuzzers.sh [TARGET...]     # default: gobench json_readers zip_source
#
# FUZZ_SECONDS (60) per target; FUZZ_BUILD_DIR (build/fuzz, configured with the `fuzz`
# preset when missing); FUZZ_WORK (build/fuzz-work): grown corpora and crash files. The
# committed corpus (fuzz/corpus/<target>/) is only read. Exits 1 when a target crashed,
# leaked or timed out; the reproducer is FUZZ_WORK/<target>/crash-* (or leak-, timeout-):
# turn it into a fixture under tests/data/limits/ and a test in tests/test_limits.cpp.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
FUZZ_BUILD_DIR="${FUZZ_BUILD_DIR:-$root/build/fuzz}"
FUZZ_WORK="${FUZZ_WORK:-$root/build/fuzz-work}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(gobench json_readers zip_source)

cd "$root"
if [ ! -f "$FUZZ_BUILD_DIR/CMakeCache.txt" ]; then
  if [ "$FUZZ_BUILD_DIR" = "$root/build/fuzz" ]; then
    cmake --preset fuzz > /dev/null
  else
    cmake -S "$root" -B "$FUZZ_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER=clang++-14 -DGATEHOUSE_FUZZ=ON -DGATEHOUSE_BUILD_GUI=OFF \
      -DGATEHOUSE_BUILD_TESTS=OFF \
      "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
      "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" > /dev/null
  fi
fi
cmake --build "$FUZZ_BUILD_DIR" -j2 --target "${targets[@]/#/fuzz_}"

declare -A max_len=([gobench]=65536 [json_readers]=16384 [zip_source]=65536)
failed=()
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
for target in "${targets[@]}"; do
  work="$FUZZ_WORK/$target"
  mkdir -p "$work/corpus"
  echo "== fuzz_$target for ${FUZZ_SECONDS}s"
  if ! "$FUZZ_BUILD_DIR/fuzz/fuzz_$target" "$work/corpus" "$root/fuzz/corpus/$target" \
        -max_total_time="$FUZZ_SECONDS" -max_len="${max_len[$target]:-65536}" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/" > "$work/log.txt" 2>&1; then
    failed+=("$target")
    echo "fuzz_$target FAILED, see $work/log.txt:"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' "$work/log.txt" | head -10 || true
  else
    grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::new_units_added)' \
      "$work/log.txt" | tr '\n' ' '; echo
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzers with findings: ${failed[*]}" >&2
  exit 1
fi
echo "all fuzzers clean (${FUZZ_SECONDS}s each)"
