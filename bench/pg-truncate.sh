#!/usr/bin/env bash
# `pg-truncate.sh start-over URL`: empties a history store on PostgreSQL (the benchmark's
# repeats each ingest into an empty store). Through psql, the client the server ships with.
set -euo pipefail
url="$2"
psql "$url" -q -c "TRUNCATE files, artifacts" > /dev/null 2>&1 || true
