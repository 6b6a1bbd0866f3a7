#!/usr/bin/env bash
# The whole test suite: lint, type-check, build, unit/integration tests (both storage engines),
# end-to-end tests. Provisions what the tests need (see scripts/provision.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm install
npm run lint
npm run typecheck
npm run build
npx vitest run
# End-to-end: the built server in Debian's Chromium; installs it (and a Japanese font for the
# ja screenshots) when missing.
if [ ! -x /usr/bin/chromium ] || ! fc-list :lang=ja 2>/dev/null | grep -q .; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium fonts-noto-cjk
fi
npx vitest run --config test/e2e/vitest.config.ts
