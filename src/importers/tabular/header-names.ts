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

/** The first line of a CSV head as cells (header cells never span lines). */
export const headerCells = (head: string): string[] | undefined => {
  const text = head.replace(/^\uFEFF/, '');
  const end = text.search(/\r?\n/);
  const line = end === -1 ? text : text.slice(0, end);
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
      if (i < line.length && line[i] !== ',') return undefined;
      i++;
    } else {
      const c = line.indexOf(',', i);
      const stop = c === -1 ? line.length : c;
      cells.push(line.slice(i, stop));
      i = stop + 1;
    }
  }
  return cells;
};
