/**
 * The longest NDJSON line we read, on import and on ingest. A Graph sign-in is a few KB (the
 * largest real ones, with hundreds of Conditional Access policies, stay well under 1 MiB); a
 * longer line is almost surely not a sign-in, and the limit bounds what one line can cost in
 * memory. Such a line is rejected like any bad record (reported with its line number), and
 * reading goes on with the next line.
 */
export const MAX_NDJSON_LINE_BYTES = 4 * 1024 * 1024;

const mib = (n: number): string => (n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MiB` : `${n} bytes`);

/** The message of a rejected over-long line. */
export const lineTooLongMessage = (limit: number, seen: number, complete: boolean): string =>
  `the line is ${complete ? '' : 'more than '}${seen} bytes long; NDJSON lines are limited to ${mib(limit)} (one sign-in is a few KB): ` +
  'is this really one record per line?';

/** UTF-8 length of a string, without allocating (the core has no Buffer). */
export const utf8Length = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
};
