/**
 * Header cells compared loosely: real exports pad names (`Application ID `), double spaces
 * (`Autonomous system  number`), add unit suffixes (`CreatedDateTime [UTC]`) and split dynamic
 * columns (`Status_dynamic`, `Status_string`). Mapping is by position after this lookup, so a
 * name that occurs twice (`Incoming token type`) keeps both positions.
 */
export const normaliseHeader = (name: string): string =>
  name
    .replace(/^\uFEFF/, '')
    .replace(/\s*\[(utc|local time|local)\]\s*$/i, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** Cell separators a spreadsheet writes: comma, semicolon (European locales), tab ("Unicode text"). */
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const firstLine = (head: string): string => {
  const text = head.replace(/^\uFEFF/, '');
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
};

/**
 * The separator of a CSV, from its header line: the one that occurs most often outside quotes
 * (header names hold none of them; on a tie, comma).
 */
export const detectDelimiter = (head: string): Delimiter => {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of firstLine(head)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
};

/** The first line of a CSV head as cells (header cells never span lines), split at `delimiter`. */
export const headerCells = (head: string, delimiter: Delimiter = detectDelimiter(head)): string[] | undefined => {
  const line = firstLine(head);
  if (line.trim() === '' || line.trimStart().startsWith('{') || line.trimStart().startsWith('[')) return undefined;
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q === -1) return undefined; // unclosed quote in a header: not a CSV we know
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      cells.push(value);
      if (i < line.length && line[i] !== delimiter) return undefined;
      i++;
    } else {
      const c = line.indexOf(delimiter, i);
      const stop = c === -1 ? line.length : c;
      cells.push(line.slice(i, stop));
      i = stop + 1;
    }
  }
  return cells;
};
