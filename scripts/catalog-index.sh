#!/usr/bin/env bash
# Rewrites src/core/catalog/entries/index.ts to list every entry file (run after adding one).
set -euo pipefail
cd "$(dirname "$0")/../src/core/catalog/entries"
files=$(ls codes-*.ts | sort -t- -k2 -n)
{
  echo "/** The list of entry files (kept in order by scripts/catalog-index.sh). */"
  echo "import type { ErrorCodeEntry } from '../types.js';"
  i=0
  for f in $files; do echo "import { entries as e$i } from './${f%.ts}.js';"; i=$((i+1)); done
  echo ""
  echo "export const allEntryFiles: readonly (readonly ErrorCodeEntry[])[] = ["
  i=0
  for f in $files; do echo "  e$i,"; i=$((i+1)); done
  echo "];"
} > index.ts
