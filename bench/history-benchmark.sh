#!/usr/bin/env bash
# The history-store step of the benchmark (docs/performance.md, "Session 4 — history
# store"), also runnable alone:
#
#   REPEATS=3 bench/history-benchmark.sh path/to/gatehouse-cli build/bench-work/runs-10000
#
# Measures, fastest wall of REPEATS: `report --no-charts` from the folder (the folder load
# with the analyses: the load alone has no command), an ingest of the folder into a new
# SQLite store, the first `report` after an ingest (which parses and leaves the load
# snapshot) and `report` from that store again; then the same on a throwaway PostgreSQL
# server (bench/pg-temp-server.sh) when one can be started. Prints a paragraph and the
# target rows (lines starting "| 10k").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
CLI="$1"; data="$2"; REPEATS="${REPEATS:-3}"
scratch="$(mktemp -d)"
pg_dir="$(mktemp -d)" # its own: the server's user must reach it (chowned to it under root)
cleanup() {
  [ -d "$pg_dir/data" ] && "$here/pg-temp-server.sh" stop "$pg_dir" > /dev/null 2>&1 || true
  rm -rf "$scratch" "$pg_dir"
}
trap cleanup EXIT

# measure CMD... -> "wall cpu rss_kb" (fastest wall, largest RSS)
measure() {
  local best="" cpu="" rss=0 i w u s r
  for ((i = 0; i < REPEATS; i++)); do
    rm -rf "$scratch/out"
    /usr/bin/time -f "%e %U %S %M" -o "$scratch/time" "$@" > /dev/null 2> "$scratch/stderr" ||
      { echo "command failed: $*" >&2; tail -5 "$scratch/stderr" >&2; exit 1; }
    read -r w u s r < "$scratch/time"
    if [ -z "$best" ] || awk -v a="$w" -v b="$best" 'BEGIN{exit !(a<b)}'; then
      best="$w"; cpu="$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.2f", u+s}')"
    fi
    [ "$r" -gt "$rss" ] && rss="$r"
  done
  echo "$best $cpu $rss"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.3f", a/b; else print "n/a" }'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN{ print (v != "n/a" && v <= t) ? "met" : "MISSED" }'; }

store="$scratch/history.sqlite"
read -r fw fc fr <<< "$(measure "$CLI" report "$data" --out "$scratch/out" --no-charts)"
read -r iw ic ir <<< "$(measure sh -c 'rm -f "$1" "$1-wal" "$1-shm"; exec "$2" ingest "$3" --store "sqlite:$1"' \
  _ "$store" "$CLI" "$data")"
# The first report after an ingest parses every stored file and leaves the load snapshot
# that later reports decode (docs/history.md): timed apart, fastest of REPEATS, each on a
# store just ingested (the ingest not timed).
first=""
for ((i = 0; i < REPEATS; i++)); do
  rm -f "$store" "$store-wal" "$store-shm"
  "$CLI" ingest "$data" --store "sqlite:$store" > /dev/null
  /usr/bin/time -f "%e" -o "$scratch/time" "$CLI" report "sqlite:$store" --out "$scratch/out" \
    --no-charts > /dev/null 2>&1 || { echo "first report from the store failed" >&2; exit 1; }
  w="$(cat "$scratch/time")"
  if [ -z "$first" ] || awk -v a="$w" -v b="$first" 'BEGIN{exit !(a<b)}'; then first="$w"; fi
done
read -r sw sc sr <<< "$(measure "$CLI" report "sqlite:$store" --out "$scratch/out" --no-charts)"
echo
echo "History store, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), REPEATS=$REPEATS:" \
     "folder \`report\` ${fw} s (CPU ${fc} s); SQLite ingest ${iw} s (CPU ${ic} s, peak RSS $((ir / 1024)) MB," \
     "store $(du -m "$store" | cut -f1) MB with its snapshots); first \`report\` after an ingest ${first} s;" \
     "\`report\` from the store again ${sw} s (CPU ${sc} s, peak RSS $((sr / 1024)) MB)."
pg=""
if url="$("$here/pg-temp-server.sh" start "$pg_dir" 2> "$scratch/pg.err")"; then
  read -r pw pc _ <<< "$(measure sh -c '"$3" start-over "$1"; exec "$2" ingest "$4" --store "$1"' \
    _ "$url" "$CLI" "$here/pg-truncate.sh" "$data")"
  /usr/bin/time -f "%e" -o "$scratch/time" "$CLI" report "$url" --out "$scratch/out" --no-charts \
    > /dev/null 2>&1 || { echo "first report from PostgreSQL failed" >&2; exit 1; }
  pfirst="$(cat "$scratch/time")"
  read -r prw prc _ <<< "$(measure "$CLI" report "$url" --out "$scratch/out" --no-charts)"
  echo "PostgreSQL $(ls /usr/lib/postgresql | sort -V | tail -1) (local server, Unix socket, same machine):" \
       "ingest ${pw} s (client CPU ${pc} s), first \`report\` after it ${pfirst} s," \
       "\`report\` from it again ${prw} s (client CPU ${prc} s)."
  pg=1
else
  echo "(PostgreSQL skipped: $(tail -1 "$scratch/pg.err"))"
fi
row() { printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$(verdict "$2" "$3")"; }
row "10k runs: ingest into SQLite ÷ folder load (report)" "$(ratio "$iw" "$fw")" 2.0
row "10k runs: report from SQLite store ÷ from folder" "$(ratio "$sw" "$fw")" 0.5
printf '| %s | %s | – | – |\n' "10k runs: first report after an ingest (parses, writes the snapshot) ÷ from folder" "$(ratio "$first" "$fw")"
if [ -n "$pg" ]; then
  printf '| %s | %s | – | – |\n' "10k runs: ingest into PostgreSQL ÷ folder load" "$(ratio "$pw" "$fw")"
  printf '| %s | %s | – | – |\n' "10k runs: report from PostgreSQL ÷ from folder" "$(ratio "$prw" "$fw")"
  printf '| %s | %s | – | – |\n' "10k runs: first report from PostgreSQL after an ingest ÷ from folder" "$(ratio "$pfirst" "$fw")"
fi
