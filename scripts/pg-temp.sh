#!/usr/bin/env bash
# A throwaway PostgreSQL server for benchmarks and manual tries:
#   scripts/pg-temp.sh start [--env] [--profile=test]   prints the URL (or export lines)
#   scripts/pg-temp.sh url                               prints the URL of the running one
#   scripts/pg-temp.sh stop                              stops it and deletes its data
# See docs/postgres.md. Needs the PostgreSQL server binaries (Debian: apt-get install postgresql).
set -euo pipefail
cd "$(dirname "$0")/.."
exec node --import tsx scripts/pg-temp.ts "$@"
