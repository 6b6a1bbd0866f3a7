/**
 * The error-code catalog: every entry file under entries/, merged and indexed by code.
 * Entry files are data written by us; `scripts/` never generates them.
 */
import type { ErrorCodeEntry } from './types.js';
import { allEntryFiles } from './entries/index.js';

const byCode = new Map<number, ErrorCodeEntry>();
for (const file of allEntryFiles) for (const entry of file) byCode.set(entry.code, entry);

/** All entries, sorted by code. */
export const catalogEntries: readonly ErrorCodeEntry[] = [...byCode.values()].sort((a, b) => a.code - b.code);

export const findErrorCode = (code: number): ErrorCodeEntry | undefined => byCode.get(code);
