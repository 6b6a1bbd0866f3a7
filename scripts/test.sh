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
