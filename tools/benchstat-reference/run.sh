#!/bin/sh
# Builds and runs the benchstat reference program against local snapshots of
# golang/perf (benchmath) and aclements/go-moremath (stats), offline.
#   tools/benchstat-reference/run.sh cases
#   tools/benchstat-reference/run.sh files OLD_FILE... -- NEW_FILE...
# PERF_GIT and MOREMATH_GIT name the bare git directories to export (default: the
# mirrors under /work/.mirror); WORK is the scratch folder (default /tmp/benchstat-ref).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PERF_GIT=${PERF_GIT:-/work/.mirror/golang+perf/repo}
MOREMATH_GIT=${MOREMATH_GIT:-/work/.mirror/aclements+go-moremath/repo}
WORK=${WORK:-/tmp/benchstat-ref}
rm -rf "$WORK" && mkdir -p "$WORK/perf" "$WORK/moremath" "$WORK/ref"
git --git-dir="$PERF_GIT" archive HEAD benchmath | tar -x -C "$WORK/perf"
git --git-dir="$MOREMATH_GIT" archive HEAD mathx stats vec internal | tar -x -C "$WORK/moremath"
# Only benchmath and stats are built: give each snapshot a go.mod without the
# requirements of packages we never compile (no network, no proxy).
printf 'module golang.org/x/perf\n\ngo 1.19\n\nrequire github.com/aclements/go-moremath v0.0.0\n' \
    > "$WORK/perf/go.mod"
printf 'module github.com/aclements/go-moremath\n\ngo 1.19\n' > "$WORK/moremath/go.mod"
cp "$here/go.mod" "$here/main.go" "$WORK/ref/"
# File arguments are read after the cd below: make them absolute.
for a in "$@"; do
    if [ -f "$a" ]; then a=$(realpath "$a"); fi
    set -- "$@" "$a"
    shift
done
cd "$WORK/ref"
echo "golang/perf $(git --git-dir="$PERF_GIT" rev-parse HEAD)" >&2
echo "go-moremath $(git --git-dir="$MOREMATH_GIT" rev-parse HEAD)" >&2
GOPROXY=off GOFLAGS=-mod=mod GOWORK=off GOTOOLCHAIN=local go run . "$@"
