/**
 * Splits a byte stream into NDJSON records without ever holding more than one chunk plus one
 * line. Each item carries `file:line`; a line that is not JSON is reported with its byte offset.
 */
import type { Readable } from 'node:stream';
import type { SourceItem } from '../core/import-types.js';

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

export async function* readNdjson(stream: Readable, file: string, startLine = 1, startOffset = 0): AsyncGenerator<SourceItem> {
  let carry: Buffer | undefined;
  let line = startLine - 1;
  let offset = startOffset; // byte offset of the start of `carry`/the current chunk's first line
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    let nl = buf.indexOf(NL, start);
    while (nl !== -1) {
      line++;
      let end = nl;
      if (end > start && buf[end - 1] === 0x0d) end--;
      if (end > start) {
        let text = buf.toString('utf8', start, end);
        // A byte-order mark belongs to the file, not to the first record (offsets stay true).
        if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        if (text.trim() !== '') yield parseLine(text, file, line, offset + start);
      }
      start = nl + 1;
      nl = buf.indexOf(NL, start);
    }
    offset += start;
    carry = start < buf.length ? buf.subarray(start) : undefined;
    buf = Buffer.alloc(0);
  }
  if (carry && carry.length > 0) {
    line++;
    let text = carry.toString('utf8');
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() !== '') yield parseLine(text, file, line, offset);
  }
}
