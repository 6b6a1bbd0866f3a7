/**
 * NDJSON chunking for the parallel reader: cuts a byte stream into chunks that end on a line
 * boundary, each with the line number and byte offset it starts at.
 */
import type { Readable } from 'node:stream';

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

export async function* chunkNdjson(stream: Readable, minBytes = 1 << 20): AsyncGenerator<NdjsonChunk> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 1;
  let offset = 0;
  let first = true;
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
    pending.push(data);
    pendingBytes += data.length;
    if (pendingBytes < minBytes) continue;
    const all = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending, pendingBytes);
    const cut = all.lastIndexOf(NL);
    if (cut === -1) {
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
