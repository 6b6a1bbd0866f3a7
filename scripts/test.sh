#!/usr/bin/env bash
# The whole test suite: lint, type-check, build, unit/integration tests (both storage engines:
# test/setup/postgres.ts starts a throwaway PostgreSQL), then end-to-end tests in Chromium.
# Ends with one plain "N passed, N failed" line over both runs.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm install
npm run lint
npm run typecheck
npm run build
mkdir -p .tmp
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest-unit.json
# End-to-end: the built server in Debian's Chromium; installs it (and a Japanese font for the
# ja screenshots) when missing.
if [ ! -x /usr/bin/chromium ] || ! fc-list :lang=ja 2>/dev/null | grep -q .; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium fonts-noto-cjk
fi
npx vitest run --config test/e2e/vitest.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/vitest-e2e.json
node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const f of [".tmp/vitest-unit.json", ".tmp/vitest-e2e.json"]) {
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests;
}
console.log(`${passed} passed, ${failed} failed`);
'
