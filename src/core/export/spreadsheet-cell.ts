/**
 * Spreadsheet safety for every CSV we write. A spreadsheet program treats a cell that starts
 * with `=`, `+`, `-` or `@` as a formula, and a leading tab or carriage return can smuggle one
 * past filters; sign-in data holds text an attacker chose (a user name typed into a failed
 * sign-in, a device name, a user agent). Such a cell is written with a leading `'`, which
 * spreadsheets show as text and which our CSV importers remove again
 * (`cellText` in src/importers/tabular/cell-values.ts), so an export re-imports unchanged.
 *
 * Known limit, shared with that importer rule: a value that itself starts with `'` followed by
 * one of those characters loses its `'` on re-import (rare in sign-in data; never a formula).
 */
/** = + - @ tab CR as the first character (a character test: it runs for every text cell). */
export const isFormulaLike = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
};

/** The cell text, with a leading `'` when a spreadsheet would read it as a formula. */
export const spreadsheetSafe = (text: string): string => (isFormulaLike(text) ? `'${text}` : text);
