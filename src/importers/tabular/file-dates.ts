/**
 * The day/month order of one file, decided once from the evidence of all its dates, not cell by
 * cell (read cell by cell, a day-first file gets 13/04 right and turns 03/04 into 4 March).
 *
 * - Year-first, ISO and dotted dates say their order themselves and are no evidence.
 * - An open date A/B/YYYY with A > 12 can only be day-first; with B > 12, only month-first.
 *   The first such date decides the file; a later date that does not fit that order is a bad
 *   cell (reported with its row), never silently read the other way.
 * - Open dates with both numbers ≤ 12 and A ≠ B are ambiguous. When the whole file has nothing
 *   else, 12-hour times (AM/PM, the US display form) mean month-first; otherwise the file is
 *   refused with a message asking for `--date-order`. A = B reads the same either way.
 * - `--date-order dmy|mdy` decides without evidence; `ymd` says every date is year-first, and an
 *   open date is then a bad cell.
 */
import { CellError } from './cell-values.js';
import { buildDateText, readDateParts, type DateOrder } from './date-text.js';

export interface FileDatesOptions {
  /** `--date-order`: decided before any evidence. */
  readonly order?: DateOrder | undefined;
  /** IANA zone of dates without a zone in columns that do not say UTC (`--timezone`). */
  readonly timeZone?: string | undefined;
}

export interface FileDates {
  /** Takes one cell's text as evidence (text that is no date is left to `parse` to report). */
  observe(text: string): void;
  /**
   * True while a date seen could be read two ways and nothing has decided the order yet: rows
   * from that one on must wait. Files of ISO, year-first or dotted dates are never pending.
   */
  readonly pending: boolean;
  /**
   * After the last evidence: decides what is still open, or returns why the file cannot be
   * read (ambiguous dates), naming an example.
   */
  finish(): string | undefined;
  /** UTC ISO-8601 of a cell; `utcColumn`: the column's name says its times are UTC. */
  parse(text: string, utcColumn: boolean): string;
}

export const createFileDates = (options: FileDatesOptions = {}): FileDates => {
  let order: DateOrder | undefined = options.order;
  let ambiguous: string | undefined;
  let twelveHour = false;
  const zone = options.timeZone ?? 'UTC';
  return {
    observe(text) {
      if (order !== undefined) return;
      let p;
      try {
        p = readDateParts(text);
      } catch {
        return;
      }
      if (p.form !== 'open' || p.a === p.b) return;
      if (p.a > 12 && p.b <= 12) order = 'dmy';
      else if (p.b > 12 && p.a <= 12) order = 'mdy';
      else if (p.a <= 12 && p.b <= 12) {
        ambiguous ??= text.trim();
        if (p.ampm) twelveHour = true;
      }
    },
    get pending() {
      return order === undefined && ambiguous !== undefined;
    },
    finish() {
      if (order !== undefined || ambiguous === undefined) return undefined;
      if (twelveHour) {
        order = 'mdy';
        return undefined;
      }
      return (
        `day/month order unknown: dates such as ${JSON.stringify(ambiguous)} read as day-first or month-first ` +
        'and no date in the file tells which; import it again with --date-order dmy (day first) or --date-order mdy (month first)'
      );
    },
    parse(text, utcColumn) {
      const p = readDateParts(text);
      if (p.form === 'open' && order === 'ymd') {
        throw new CellError(`not year-first although --date-order ymd was given: ${JSON.stringify(text.slice(0, 40))}`);
      }
      const effective = order === 'dmy' ? 'dmy' : 'mdy';
      return buildDateText(text, p, effective, utcColumn ? 'UTC' : zone);
    },
  };
};
