#!/usr/bin/env bash
# The whole test suite: lint, type-check, build, unit/integration tests (both storage engines:
# test/setup/postgres.ts starts a throwaway PostgreSQL), then end-to-end tests in Chromium.
# Every stage runs even when an earlier one failed; scripts/test-summary.ts prints a line per
# stage and ends with one plain "N passed, N failed" line over all of them. Exits non-zero when
# any stage failed.
set -uo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm install || exit 1
# Reports go to .tmp (SIGNIN_REPORT_TEST_TMP: elsewhere, as the test of this script does).
tmp="${SIGNIN_REPORT_TEST_TMP:-.tmp}"
mkdir -p "$tmp"
rm -f "$tmp/vitest-unit.json" "$tmp/vitest-e2e.json"
stages=()
run() { # run NAME [REPORT] -- COMMAND...
  local name=$1 report=$2; shift 3
  echo "=== $name: $*"
  "$@"
  local code=$?
  if [ -n "$report" ]; then stages+=("$name=$code=$report"); else stages+=("$name=$code"); fi
}
run lint '' -- npm run lint
run typecheck '' -- npm run typecheck
run build '' -- npm run build
run unit "$tmp/vitest-unit.json" -- npx vitest run --reporter=default --reporter=json "--outputFile.json=$tmp/vitest-unit.json"
# End-to-end: the built server in Debian's Chromium; installs it (and a Japanese font for the
# ja screenshots) when missing.
if [ ! -x /usr/bin/chromium ] || ! fc-list :lang=ja 2>/dev/null | grep -q .; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium fonts-noto-cjk
fi
run e2e "$tmp/vitest-e2e.json" -- npx vitest run --config test/e2e/vitest.config.ts --reporter=default --reporter=json "--outputFile.json=$tmp/vitest-e2e.json"
echo "=== summary"
node --import tsx scripts/test-summary.ts "${stages[@]}"
