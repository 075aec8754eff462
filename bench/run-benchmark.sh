#!/usr/bin/env bash
# Gatehouse benchmark: one command, every figure of docs/performance.md.
#
#   ./bench/run-benchmark.sh [SIZE...]        # default sizes: 1000 10000 (runs)
#
# Per size (CI runs in the gh run download layout, ~3.2 files per run, made by
# bench/generate_artifacts.py and cached under $BENCH_WORK), it measures wall time, CPU
# time and peak RSS (GNU time) of:
#   floor    one single-threaded process reading every file once (gatehouse-bench-floor)
#   list-bound   the least any reader following SPEC §1 must do for one command: list every
#            folder (kinds are known by file name only), two threads (gatehouse-bench-bound)
#   read-bound   the same, also opening and reading every file once: the least `all` can take
#   three-bound  list-bound, list-bound, read-bound in turn: the least `three` can take (each
#            command lists every folder; together they read every file once)
#   bench    gatehouse-cli bench   (load + allocations analysis)
#   install  gatehouse-cli install (load + install-duration analysis)
#   rollout  gatehouse-cli rollout (load + rollout analysis + rollout_series.csv)
#   three    bench, install and rollout above, one after the other (three processes, each
#            reading only the artifact kinds it uses: the CI way of running the gates)
#   all      gatehouse-cli report --no-charts (load once + all three analyses + every
#            export; the PNG charts are drawing, not analysis)
#   peer     bench/peer_analyses.py, the straightforward Python script doing the three
# and reports throughput (files/s) and ratios against the floor and the peer, all from
# the same run. Then the zip check: ZIP_RUNS runs (3 artifact zips each, 2,001 zips by
# default) read in place vs the same data unzipped, and the targets of docs/performance.md.
#
# Environment: REPEATS (3; the fastest repeat is kept, peak RSS is the largest seen),
# BENCH_WORK (data + results folder, default build/bench-work), BENCH_OUT (results file,
# default $BENCH_WORK/benchmark-results.md), ZIP_RUNS (667; 0 skips the zip check),
# GATEHOUSE_CLI, GATEHOUSE_BENCH_FLOOR, GATEHOUSE_BENCH_BOUND and GATEHOUSE_BENCH_GUI
# (binaries; when the first two are unset the script configures and builds a Release build in $BUILD_DIR, default
# build/bench-release, tests off, GUI on for the GUI probe unless BENCH_GUI=0).
#
# GUI (10k runs, or the largest size below it): gatehouse-bench-gui opens the main window
# offscreen on the set, measures the longest stall of the GUI thread (a 1 ms timer probe)
# while it loads, over a tour of every page and over WARN slider moves, and the redraw
# time of every chart.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || read -r -a sizes <<< "${SIZES:-1000 10000}"
REPEATS="${REPEATS:-3}"
BENCH_WORK="${BENCH_WORK:-$root/build/bench-work}"
BENCH_OUT="${BENCH_OUT:-$BENCH_WORK/benchmark-results.md}"
ZIP_RUNS="${ZIP_RUNS:-667}"
PYTHON="${PYTHON:-python3}"
mkdir -p "$BENCH_WORK"

if [ -z "${GATEHOUSE_CLI:-}" ] || [ -z "${GATEHOUSE_BENCH_FLOOR:-}" ]; then
  BUILD_DIR="${BUILD_DIR:-$root/build/bench-release}"
  gui=ON; targets=(gatehouse-cli gatehouse-bench-floor gatehouse-bench-bound gatehouse-bench-changes gatehouse-bench-reload gatehouse-bench-gui)
  if [ "${BENCH_GUI:-1}" = 0 ]; then
    gui=OFF; targets=(gatehouse-cli gatehouse-bench-floor gatehouse-bench-bound gatehouse-bench-changes gatehouse-bench-reload)
  fi
  cmake -S "$root" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DGATEHOUSE_BUILD_GUI="$gui" -DGATEHOUSE_BUILD_TESTS=OFF > /dev/null
  cmake --build "$BUILD_DIR" --target "${targets[@]}" -j2 > /dev/null
  GATEHOUSE_CLI="$BUILD_DIR/app/gatehouse-cli"
  GATEHOUSE_BENCH_FLOOR="$BUILD_DIR/bench/gatehouse-bench-floor"
  GATEHOUSE_BENCH_BOUND="${GATEHOUSE_BENCH_BOUND:-$BUILD_DIR/bench/gatehouse-bench-bound}"
  GATEHOUSE_BENCH_CHANGES="${GATEHOUSE_BENCH_CHANGES:-$BUILD_DIR/bench/gatehouse-bench-changes}"
  GATEHOUSE_BENCH_RELOAD="${GATEHOUSE_BENCH_RELOAD:-$BUILD_DIR/bench/gatehouse-bench-reload}"
  [ "$gui" = ON ] && GATEHOUSE_BENCH_GUI="${GATEHOUSE_BENCH_GUI:-$BUILD_DIR/bench/gatehouse-bench-gui}"
fi
GUI_PROBE="${GATEHOUSE_BENCH_GUI:-}"
CLI="$GATEHOUSE_CLI"
FLOOR="$GATEHOUSE_BENCH_FLOOR"
# Next to the floor unless named: the bound is built with it.
BOUND="${GATEHOUSE_BENCH_BOUND:-$(dirname "$FLOOR")/gatehouse-bench-bound}"
for tool in "$CLI" "$FLOOR" "$BOUND" /usr/bin/time; do
  [ -x "$tool" ] || { echo "missing $tool" >&2; exit 2; }
done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# dataset NAME ARGS... -> path of a cached generated set (regenerated when the generator
# or its arguments change).
dataset() {
  local name="$1"; shift
  local dir="$BENCH_WORK/$name" stamp
  stamp="$(sha256sum "$here/generate_artifacts.py" | cut -c1-16) $*"
  if [ ! -f "$dir.stamp" ] || [ "$(cat "$dir.stamp")" != "$stamp" ]; then
    echo "generating $name ($*)" >&2
    rm -f "$dir.stamp"
    "$PYTHON" "$here/generate_artifacts.py" "$dir" "$@" >&2
    echo "$stamp" > "$dir.stamp"
  fi
  echo "$dir"
}

# measure CMD... -> "wall cpu rss_kb" (fastest wall of REPEATS, largest RSS)
measure() {
  local best_wall="" best_cpu="" max_rss=0 i line wall user sys rss
  for ((i = 0; i < REPEATS; i++)); do
    rm -rf "$scratch/out"; mkdir -p "$scratch/out"
    if ! /usr/bin/time -f "%e %U %S %M" -o "$scratch/time" "$@" > "$scratch/stdout" 2> "$scratch/stderr"; then
      # Soft gates exit 0; anything else is a benchmark failure worth seeing.
      echo "command failed: $*" >&2; tail -5 "$scratch/stderr" >&2; exit 1
    fi
    read -r wall user sys rss < <(tail -1 "$scratch/time")
    if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN{exit !(a<b)}'; then
      best_wall="$wall"; best_cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')"
    fi
    [ "$rss" -gt "$max_rss" ] && max_rss="$rss"
  done
  echo "$best_wall $best_cpu $max_rss"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.3f", a/b; else print "n/a" }'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN{ print (v != "n/a" && v <= t) ? "met" : "MISSED" }'; }

declare -A WALL RSS FILES THREE READ_BOUND THREE_BOUND
{
  echo "# Gatehouse benchmark"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
       "REPEATS=$REPEATS (fastest wall kept), CLI $CLI"
  echo
  echo "| runs | files | step | wall s | CPU s | peak RSS MB | files/s | × floor | × peer |"
  echo "|-----:|------:|------|-------:|------:|------------:|--------:|--------:|-------:|"
} > "$scratch/table.md"
cat "$scratch/table.md"

for size in "${sizes[@]}"; do
  data="$(dataset "runs-$size" --runs "$size" --broken 0.001)"
  "$FLOOR" "$data" > /dev/null   # warm the page cache for everyone
  files="$("$FLOOR" "$data" | awk '{print $2}')"
  FILES[$size]="$files"
  declare -A row=()
  row[floor]="$(measure "$FLOOR" "$data")"
  row[list-bound]="$(measure "$BOUND" --threads 2 "$data")"
  row[read-bound]="$(measure "$BOUND" --threads 2 --read "$data")"
  row[three-bound]="$(measure sh -c '"$1" --threads 2 "$2" && "$1" --threads 2 "$2" &&
    "$1" --threads 2 --read "$2"' sh "$BOUND" "$data")"
  row[bench]="$(measure "$CLI" bench "$data" --json "$scratch/out/bench.json")"
  row[install]="$(measure "$CLI" install "$data" --json "$scratch/out/install.json")"
  row[rollout]="$(measure "$CLI" rollout "$data" --json "$scratch/out/rollout.json" \
                   --csv "$scratch/out/rollout_series.csv")"
  # One measurement of the three processes in turn (wall and CPU add up, RSS is the
  # largest): what a CI job running the three gates as separate steps pays.
  row[three]="$(measure sh -c '"$1" bench "$2" --json "$3/bench.json" &&
    "$1" install "$2" --json "$3/install.json" &&
    "$1" rollout "$2" --json "$3/rollout.json" --csv "$3/rollout_series.csv"' \
    sh "$CLI" "$data" "$scratch/out")"
  row[all]="$(measure "$CLI" report "$data" --out "$scratch/out/report" --no-charts)"
  row[peer]="$(measure "$PYTHON" "$here/peer_analyses.py" "$data" --out "$scratch/out/peer")"
  floor_wall="${row[floor]%% *}"
  peer_wall="${row[peer]%% *}"
  for step in floor list-bound read-bound three-bound bench install rollout three all peer; do
    read -r wall cpu rss <<< "${row[$step]}"
    line="$(printf '| %s | %s | %s | %s | %s | %.1f | %s | %s | %s |' "$size" "$files" "$step" \
      "$wall" "$cpu" "$(awk -v r="$rss" 'BEGIN{print r/1024}')" \
      "$(awk -v f="$files" -v w="$wall" 'BEGIN{ if (w > 0) printf "%.0f", f/w; else print "inf" }')" \
      "$(ratio "$wall" "$floor_wall")" "$(ratio "$wall" "$peer_wall")")"
    echo "$line" | tee -a "$scratch/table.md"
  done
  WALL[$size]="${row[all]%% *}"
  THREE[$size]="${row[three]%% *}"
  READ_BOUND[$size]="${row[read-bound]%% *}"
  THREE_BOUND[$size]="${row[three-bound]%% *}"
  read -r _ _ rss <<< "${row[all]}"
  RSS[$size]="$rss"
  unset row
done

targets="$scratch/targets.md"
{
  echo
  echo "## Targets"
  echo
  echo "| target | measured | limit | verdict |"
  echo "|--------|---------:|------:|---------|"
} > "$targets"
target() { # name value limit
  printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$(verdict "$2" "$3")" >> "$targets"
}
if [ -n "${WALL[10000]:-}" ]; then
  t10k_peer="$(grep '^| 10000 | .* | peer |' "$scratch/table.md" | awk -F'|' '{gsub(/ /,"",$5); print $5}')"
  t10k_floor="$(grep '^| 10000 | .* | floor |' "$scratch/table.md" | awk -F'|' '{gsub(/ /,"",$5); print $5}')"
  target "10k runs, all three via CLI ÷ Python peer" "$(ratio "${WALL[10000]}" "$t10k_peer")" 0.15
  target "10k runs, all three via CLI ÷ read-every-file floor" "$(ratio "${WALL[10000]}" "$t10k_floor")" 0.7
  # Issue 10: the three gates as three commands, each opening only its own kinds.
  target "10k runs, bench + install + rollout as three commands ÷ Python peer" \
    "$(ratio "${THREE[10000]}" "$t10k_peer")" 0.15
  target "10k runs, bench + install + rollout as three commands ÷ read-every-file floor" \
    "$(ratio "${THREE[10000]}" "$t10k_floor")" 1.0
  # What the rows above could reach at best: the same ratios for the bounds (no parsing,
  # no analysis, no process start-up). "MISSED" here means no implementation can meet
  # the limit on this machine.
  target "bound: least \`report\` can take (list + read every file, 2 threads) ÷ floor" \
    "$(ratio "${READ_BOUND[10000]}" "$t10k_floor")" 0.7
  target "bound: least the three commands can take (each lists every folder) ÷ floor" \
    "$(ratio "${THREE_BOUND[10000]}" "$t10k_floor")" 1.0
  target "bound: least the three commands can take ÷ Python peer" \
    "$(ratio "${THREE_BOUND[10000]}" "$t10k_peer")" 0.15
fi
if [ -n "${WALL[100000]:-}" ] && [ -n "${WALL[10000]:-}" ]; then
  target "100k runs ÷ 10k runs (all three)" "$(ratio "${WALL[100000]}" "${WALL[10000]}")" 10
  target "peak RSS at 100k runs (report --no-charts), MB" "$(awk -v r="${RSS[100000]}" 'BEGIN{printf "%.1f", r/1024}')" 150
fi

if [ "$ZIP_RUNS" -gt 0 ]; then
  zipped="$(dataset "zips-$ZIP_RUNS" --runs "$ZIP_RUNS" --zip)"
  plain="$(dataset "plain-$ZIP_RUNS" --runs "$ZIP_RUNS")"
  nzips="$(find "$zipped" -name '*.zip' | wc -l)"
  "$FLOOR" "$zipped" "$plain" > /dev/null
  read -r zw _ zr <<< "$(measure "$CLI" report "$zipped" --out "$scratch/out/report" --no-charts)"
  read -r pw _ pr <<< "$(measure "$CLI" report "$plain" --out "$scratch/out/report" --no-charts)"
  {
    echo
    echo "Zips read in place: $nzips artifact zips ($ZIP_RUNS runs), \`report\`:" \
         "zipped ${zw} s (peak RSS $((zr / 1024)) MB), unzipped ${pw} s (peak RSS $((pr / 1024)) MB)."
  } | tee -a "$scratch/table.md"
  target "$nzips zips in place ÷ same data unzipped" "$(ratio "$zw" "$pw")" 2.0
fi

# What change points and comparisons add to `report` (SPEC §9-§10), on the 10k set.
if [ -n "${GATEHOUSE_BENCH_CHANGES:-}" ] && [ -x "$GATEHOUSE_BENCH_CHANGES" ] &&
   [ -d "$BENCH_WORK/runs-10000" ]; then
  read -r cl cr cw cc cratio <<< "$("$GATEHOUSE_BENCH_CHANGES" "$BENCH_WORK/runs-10000" 3)"
  {
    echo
    echo "Change points and comparisons, 10k runs (in process, best of 3): load ${cl} s," \
         "analyses + report files ${cr} s, of which change points $(awk -v a="$cr" -v b="$cw" 'BEGIN{printf "%.3f", a-b}') s" \
         "and the window comparison ${cc} s."
  } | tee -a "$scratch/table.md"
  target "10k runs: change points + comparisons ÷ the rest of report" "$cratio" 0.10
fi

# Incremental reload (issue 10): the 10k set loaded twice with one LoadCache, unchanged.
if [ -n "${GATEHOUSE_BENCH_RELOAD:-}" ] && [ -x "$GATEHOUSE_BENCH_RELOAD" ] &&
   [ -d "$BENCH_WORK/runs-10000" ]; then
  read -r rf rr rratio rreused rcheck <<< "$("$GATEHOUSE_BENCH_RELOAD" "$BENCH_WORK/runs-10000" 3)"
  {
    echo
    echo "Reload, 10k runs unchanged (in process, best of 3): first load ${rf} s, reload ${rr} s" \
         "($rreused files reused), one sourcesChanged() walk ${rcheck} s."
  } | tee -a "$scratch/table.md"
  target "10k runs: reload of unchanged sources ÷ first load" "$rratio" 0.2
fi

# The history store (SPEC §12): bench/history-benchmark.sh, on the 10k set.
if [ -d "$BENCH_WORK/runs-10000" ] && [ "${BENCH_HISTORY:-1}" = 1 ]; then
  REPEATS="$REPEATS" "$here/history-benchmark.sh" "$CLI" "$BENCH_WORK/runs-10000" > "$scratch/history.md"
  grep -v '^| 10k' "$scratch/history.md" | tee -a "$scratch/table.md"
  grep '^| 10k' "$scratch/history.md" >> "$targets"
fi

# The GUI half, on the 10k set (or the largest measured size below it).
gui_size=""
for size in "${sizes[@]}"; do
  if [ "$size" -le 10000 ] && { [ -z "$gui_size" ] || [ "$size" -gt "$gui_size" ]; }; then gui_size="$size"; fi
done
if [ -n "$GUI_PROBE" ] && [ -x "$GUI_PROBE" ] && [ -n "$gui_size" ]; then
  data="$BENCH_WORK/runs-$gui_size"
  QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$GUI_PROBE" "$data" > "$scratch/gui.txt" 2> /dev/null
  stall="$(awk '$1 == "longest_stall_ms" {print $2}' "$scratch/gui.txt")"
  stall_pages="$(awk '$1 == "longest_stall_pages_ms" {print $2}' "$scratch/gui.txt")"
  stall_slider="$(awk '$1 == "longest_stall_slider_ms" {print $2}' "$scratch/gui.txt")"
  stall_all="$(awk '$1 == "longest_stall_all_ms" {print $2}' "$scratch/gui.txt")"
  worst="$(awk '$1 == "redraw" && $6 > m {m = $6} END {print m + 0}' "$scratch/gui.txt")"
  {
    echo
    echo "GUI ($gui_size runs, offscreen): load $(awk '$1 == "load_ms" {print $2}' "$scratch/gui.txt") ms," \
         "longest GUI-thread stall ${stall} ms ($(awk '$1 ~ /^stalls_over/ {print $2}' "$scratch/gui.txt") over 50 ms)."
    echo "Longest stall over a tour of every page (twice): ${stall_pages:-?} ms;" \
         "over WARN slider moves ($(awk '$1 == "slider_steps" {print $2}' "$scratch/gui.txt") steps; 30 single steps, 10 jumps): ${stall_slider:-?} ms."
    echo
    echo "| phase | slowest events the GUI thread handled (ms, receiver) |"
    echo "|-------|------------------------------------------------------|"
    awk '$1 ~ /^slow_event/ {phase = $1; sub(/^slow_event_?/, "", phase); sub(/_?ms$/, "", phase);
         if (phase == "") phase = "load"; $1 = ""; sub(/^ /, ""); printf "| %s | %s |\n", phase, $0}' "$scratch/gui.txt"
    echo
    echo "| chart | points drawn | redraw ms |"
    echo "|-------|-------------:|----------:|"
    awk '$1 == "redraw" {printf "| %s | %s | %s |\n", $2, $4, $6}' "$scratch/gui.txt"
  } | tee -a "$scratch/table.md"
  target "GUI thread: longest stall while $gui_size runs load, ms" "$stall" 50
  target "GUI, ${gui_size%000}k runs: longest GUI-thread stall (load, page switch, slider), ms" \
    "${stall_all:-$stall}" 50
  target "GUI: slowest chart redraw with $gui_size runs, ms" "$worst" 100
else
  echo "(GUI probe skipped: no gatehouse-bench-gui; BENCH_GUI=0 or a GUI-less build)" | tee -a "$scratch/table.md"
fi

cat "$targets" >> "$scratch/table.md"
cat "$targets"
mkdir -p "$(dirname "$BENCH_OUT")"
cp "$scratch/table.md" "$BENCH_OUT"
echo
echo "written to $BENCH_OUT"
