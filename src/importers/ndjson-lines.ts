/**
 * Splits a byte stream into NDJSON records without ever holding more than one chunk plus one
 * line. Each item carries `file:line`; a line that is not JSON is reported with its byte offset.
 * A line longer than the limit (MAX_NDJSON_LINE_BYTES) is rejected as soon as it passes the
 * limit and skipped to its end, so one endless line cannot fill memory.
 */
import type { Readable } from 'node:stream';
import type { SourceItem } from '../core/import-types.js';
import { MAX_NDJSON_LINE_BYTES, lineTooLongMessage } from '../core/ndjson-limit.js';

const NL = 0x0a;

const parseLine = (text: string, file: string, line: number, offset: number): SourceItem => {
  try {
    return { kind: 'record', value: JSON.parse(text), where: `${file}:${line}`, raw: text };
  } catch (e) {
    // Node names the position only for some syntax errors; otherwise give the line's start.
    const m = /position (\d+)/.exec((e as Error).message);
    const place = m ? `at byte ${offset + Number(m[1])}` : `in the line starting at byte ${offset}`;
    return { kind: 'unparseable', where: `${file}:${line}`, message: `invalid JSON ${place}: ${(e as Error).message}` };
  }
};

const tooLong = (file: string, line: number, limit: number, seen: number, complete: boolean): SourceItem => ({
  kind: 'unparseable',
  where: `${file}:${line}`,
  message: lineTooLongMessage(limit, seen, complete),
});

const lineItem = (buf: Buffer, start: number, end: number, file: string, line: number, offset: number): SourceItem | undefined => {
  let text = buf.toString('utf8', start, end);
  // A byte-order mark belongs to the file, not to the first record (offsets stay true).
  if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.trim() !== '' ? parseLine(text, file, line, offset) : undefined;
};

export async function* readNdjson(
  stream: Readable,
  file: string,
  startLine = 1,
  startOffset = 0,
  maxLine = MAX_NDJSON_LINE_BYTES,
): AsyncGenerator<SourceItem> {
  let carry: Buffer | undefined;
  let line = startLine - 1;
  let offset = startOffset; // byte offset of the start of `carry`/the current chunk's first line
  let skipping = false; // inside an over-long line that was already reported
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    if (skipping) {
      const nl = buf.indexOf(NL);
      if (nl === -1) {
        offset += buf.length;
        carry = undefined;
        continue;
      }
      skipping = false;
      start = nl + 1;
    }
    let nl = buf.indexOf(NL, start);
    while (nl !== -1) {
      line++;
      let end = nl;
      if (end > start && buf[end - 1] === 0x0d) end--;
      if (end - start > maxLine) yield tooLong(file, line, maxLine, end - start, true);
      else if (end > start) {
        const item = lineItem(buf, start, end, file, line, offset + start);
        if (item) yield item;
      }
      start = nl + 1;
      nl = buf.indexOf(NL, start);
    }
    offset += start;
    carry = start < buf.length ? buf.subarray(start) : undefined;
    if (carry && carry.length > maxLine) {
      line++;
      yield tooLong(file, line, maxLine, maxLine, false);
      offset += carry.length;
      carry = undefined;
      skipping = true;
    }
    buf = Buffer.alloc(0);
  }
  if (carry && carry.length > 0) {
    line++;
    const item = lineItem(carry, 0, carry.length, file, line, offset);
    if (item) yield item;
  }
}
