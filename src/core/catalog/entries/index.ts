/** The list of entry files. Each file holds up to 20 codes in ascending order. */
import type { ErrorCodeEntry } from '../types.js';

export const allEntryFiles: readonly (readonly ErrorCodeEntry[])[] = [];
