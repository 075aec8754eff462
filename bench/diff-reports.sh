#!/usr/bin/env bash
# Proves a change to the loader or the run model left every output byte-identical: runs
# `report --no-charts`, `bench`, `install` and `rollout` (--json, plus bench --csv and
# rollout --csv) with an old and a new gatehouse-cli on each data set, then `diff -r`s
# the two output folders. Exit 0 when every set gives identical output.
#
#   bench/diff-reports.sh OLD_CLI NEW_CLI [SET...]     # default set: the embedded demo
#
# A SET is a folder or zip of artifacts, or "demo" for the embedded demo (read as
# the embedded :/demo source). Standard output and standard error are compared too.
set -euo pipefail
old="${1:?old gatehouse-cli}"; new="${2:?new gatehouse-cli}"; shift 2
sets=("$@"); [ ${#sets[@]} -gt 0 ] || sets=(demo)
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
# A GUI-enabled build warns about a missing runtime folder on stderr; a GUI-less one not.
export XDG_RUNTIME_DIR="$work/runtime"; mkdir -m 700 "$XDG_RUNTIME_DIR"

# outputs CLI SOURCE DIR: every command's files into DIR; stdout kept too (the tables).
outputs() {
  local cli="$1" src="$2" dir="$3"
  mkdir -p "$dir"
  "$cli" report "$src" --out "$dir/report" --no-charts > "$dir/report.stdout" 2> "$dir/report.stderr" || true
  "$cli" bench "$src" --json "$dir/bench.json" --csv "$dir/bench.csv" > "$dir/bench.stdout" 2> "$dir/bench.stderr" || true
  "$cli" install "$src" --json "$dir/install.json" > "$dir/install.stdout" 2> "$dir/install.stderr" || true
  "$cli" rollout "$src" --json "$dir/rollout.json" --csv "$dir/rollout_series.csv" \
    > "$dir/rollout.stdout" 2> "$dir/rollout.stderr" || true
}

status=0
for set in "${sets[@]}"; do
  src="$set"
  [ "$set" = demo ] && src=":/demo"
  name="$(basename "$set")"
  # Both write to the same folder (messages name it), then it is moved aside.
  outputs "$old" "$src" "$work/$name/out" && mv "$work/$name/out" "$work/$name/old"
  outputs "$new" "$src" "$work/$name/out" && mv "$work/$name/out" "$work/$name/new"
  files="$(find "$work/$name/old" -type f | wc -l)"
  bytes="$(du -sb "$work/$name/old" | cut -f1)"
  if diff -r "$work/$name/old" "$work/$name/new" > "$work/$name.diff"; then
    echo "$name: identical ($files files, $bytes bytes)"
  else
    echo "$name: DIFFERENT"; head -40 "$work/$name.diff"; status=1
  fi
done
exit $status
