/**
 * CSV rows handed on only once the file's day/month order is known (file-dates.ts): rows are
 * held back until a date decides it, then released in file order. Memory stays bounded: past
 * MAX_HELD rows without a decision, the held rows are dropped, the file is read once more for
 * its dates only, and then read again from the start.
 */
import type { CsvProblem, CsvRow } from './csv-rows.js';
import type { FileDates } from './file-dates.js';

/** The file's dates are ambiguous and nothing decides them: no row of it is read. */
export interface DatesRefused {
  readonly kind: 'dates-refused';
  readonly message: string;
}

export const MAX_HELD = 20_000;

export async function* readRowsInDateOrder(
  open: () => AsyncIterable<CsvRow | CsvProblem>,
  dates: FileDates,
  dateColumns: (header: readonly string[]) => readonly number[],
  maxHeld = MAX_HELD,
): AsyncGenerator<CsvRow | CsvProblem | DatesRefused> {
  let columns: readonly number[] | undefined;
  const held: (CsvRow | CsvProblem)[] = [];
  let overflow = false;
  const observe = (row: CsvRow) => {
    for (const c of columns ?? []) dates.observe(row.cells[c] ?? '');
  };
  for await (const item of open()) {
    const passing = columns === undefined || columns.length === 0 || dates.decided;
    if (item.kind === 'error' || passing) {
      if (item.kind === 'row' && columns === undefined) columns = dateColumns(item.cells);
      if (passing) yield item;
      else held.push(item);
      continue;
    }
    observe(item);
    held.push(item);
    if (dates.decided) yield* held.splice(0);
    else if (held.length >= maxHeld) {
      overflow = true;
      break;
    }
  }
  if (overflow) {
    held.length = 0;
    let header = true;
    for await (const item of open()) {
      if (item.kind === 'error') continue;
      if (header) header = false;
      else observe(item);
      if (dates.decided) break;
    }
  }
  const refused = dates.finish();
  if (refused) {
    yield { kind: 'dates-refused', message: refused };
    return;
  }
  if (!overflow) {
    yield* held;
    return;
  }
  let header = true;
  for await (const item of open()) {
    if (header && item.kind === 'row') header = false;
    else yield item;
  }
}
