/**
 * NDJSON chunking for the parallel reader: cuts a byte stream into chunks that end on a line
 * boundary, each with the line number and byte offset it starts at. A line longer than the limit
 * is never held whole: its head goes on alone (the line reader rejects it) and the rest is skipped.
 */
import type { Readable } from 'node:stream';
import { MAX_NDJSON_LINE_BYTES } from '../core/ndjson-limit.js';

export interface NdjsonChunk {
  readonly buf: Buffer;
  readonly startLine: number;
  readonly offset: number;
}

const NL = 0x0a;

const countLines = (buf: Buffer): number => {
  let n = 0;
  for (let i = buf.indexOf(NL); i !== -1; i = buf.indexOf(NL, i + 1)) n++;
  return n;
};

export async function* chunkNdjson(stream: Readable, minBytes = 1 << 20, maxLine = MAX_NDJSON_LINE_BYTES): AsyncGenerator<NdjsonChunk> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 1;
  let offset = 0;
  let first = true;
  let skipping = false; // inside an over-long line already handed on (see below)
  const emit = (buf: Buffer): NdjsonChunk => {
    const chunk = { buf, startLine: line, offset };
    line += countLines(buf);
    offset += buf.length;
    return chunk;
  };
  for await (let data of stream as AsyncIterable<Buffer>) {
    if (first) {
      first = false;
      if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
        data = data.subarray(3);
        offset = 3;
      }
    }
    if (skipping) {
      const nl = data.indexOf(NL);
      offset += nl === -1 ? data.length : nl + 1;
      if (nl === -1) continue;
      skipping = false;
      data = data.subarray(nl + 1);
    }
    pending.push(data);
    pendingBytes += data.length;
    if (pendingBytes < minBytes) continue;
    const all = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending, pendingBytes);
    const cut = all.lastIndexOf(NL);
    if (cut === -1) {
      if (all.length > maxLine) {
        // One line past the limit: hand on its first maxLine + 1 bytes without a newline (the
        // line reader rejects it as over-long, with its number) and skip the rest of the line.
        yield { buf: Buffer.from(all.subarray(0, maxLine + 1)), startLine: line, offset };
        line++;
        offset += all.length;
        pending = [];
        pendingBytes = 0;
        skipping = true;
        continue;
      }
      pending = [all];
      continue;
    }
    yield emit(Buffer.from(all.subarray(0, cut + 1)));
    const rest = all.subarray(cut + 1);
    pending = rest.length > 0 ? [Buffer.from(rest)] : [];
    pendingBytes = rest.length;
  }
  if (pendingBytes > 0) yield emit(pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending, pendingBytes));
}
