/**
 * The error-code catalog: every data file under data/ (compiled into generated/ at build time), merged and indexed by code.
 * The YAML data is written by us; the generated modules are never edited by hand.
 */
import type { ErrorCodeEntry } from './types.js';
import { allEntryFiles } from './generated/index.js';

const byCode = new Map<number, ErrorCodeEntry>();
for (const file of allEntryFiles) for (const entry of file) byCode.set(entry.code, entry);

/** All entries, sorted by code. */
export const catalogEntries: readonly ErrorCodeEntry[] = [...byCode.values()].sort((a, b) => a.code - b.code);

export const findErrorCode = (code: number): ErrorCodeEntry | undefined => byCode.get(code);
