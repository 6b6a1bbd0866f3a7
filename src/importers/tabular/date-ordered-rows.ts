/**
 * CSV rows handed on in file order, each only once its dates can be read (file-dates.ts). Rows
 * pass straight through while every date seen reads one way only (ISO, year-first, 13/04, ...);
 * from the first date that reads two ways, rows are held back until a later date decides the
 * order, then released. Memory stays bounded: past MAX_HELD held rows, they are dropped, the
 * rest of the file is read once for its dates only, and then again from where holding began.
 */
import type { CsvProblem, CsvRow } from './csv-rows.js';
import type { FileDates } from './file-dates.js';

/** The file's dates are ambiguous and nothing decides them: no row from the first such date on is read. */
export interface DatesRefused {
  readonly kind: 'dates-refused';
  readonly message: string;
}

export const MAX_HELD = 20_000;

type Item = CsvRow | CsvProblem;

export async function* readRowsInDateOrder(
  open: () => AsyncIterable<Item>,
  dates: FileDates,
  dateColumns: (header: readonly string[]) => readonly number[],
  maxHeld = MAX_HELD,
): AsyncGenerator<Item | DatesRefused> {
  let columns: readonly number[] | undefined;
  const held: Item[] = [];
  /** Items handed on before holding began (the header included). */
  let passed = 0;
  let overflow = false;
  const observe = (item: Item) => {
    if (item.kind === 'row') for (const c of columns ?? []) dates.observe(item.cells[c] ?? '');
  };
  for await (const item of open()) {
    if (columns === undefined && item.kind === 'row') {
      columns = dateColumns(item.cells);
      passed++;
      yield item;
      continue;
    }
    observe(item);
    if (held.length === 0 && !dates.pending) {
      passed++;
      yield item;
      continue;
    }
    held.push(item);
    if (!dates.pending) yield* held.splice(0);
    else if (held.length >= maxHeld) {
      overflow = true;
      break;
    }
  }
  if (overflow) {
    held.length = 0;
    let n = 0;
    for await (const item of open()) {
      if (n++ > passed) observe(item);
      if (!dates.pending) break;
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
  let n = 0;
  for await (const item of open()) if (n++ >= passed) yield item;
}
