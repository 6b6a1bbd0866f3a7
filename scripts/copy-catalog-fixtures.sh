#!/usr/bin/env bash
# Copies the code lists that test/catalog/coverage.test.ts checks into the repository, so the
# tests pass on a clone without ../shared. Run it when shared/seed or
# shared/reference/aadsts-codes.tsv changes, and commit the result:
#   test/fixtures/catalog/seed-codes.txt   the codes of the seed page's table, one per line
#   test/fixtures/catalog/aadsts-codes.tsv code and first classification (outcome) per code
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-../shared}"
out=test/fixtures/catalog
mkdir -p "$out"
# Seed table rows start with the code: `|50126|...`. Kept in page order, once each.
grep -hoE '^\|[[:space:]]*[0-9]{4,8}[[:space:]]*\|' "$shared"/seed/* | tr -d '| \t' | awk '!seen[$0]++' > "$out/seed-codes.txt"
# Only the columns the tests need: the code and the outcome (the header names them).
awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i } { print $col["code"] "\t" $col["outcome"] }' \
  "$shared/reference/aadsts-codes.tsv" > "$out/aadsts-codes.tsv"
echo "$(wc -l < "$out/seed-codes.txt") seed codes, $(( $(wc -l < "$out/aadsts-codes.tsv") - 1 )) reference codes written to $out"
