/** Opens an input file as a byte stream, transparently gunzipping `.gz`, counting raw bytes. */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { ByteCounter } from './byte-counter.js';

export interface OpenedFile {
  readonly stream: Readable;
  /** Bytes read from disk so far. */
  readonly bytesRead: () => number;
  /** Why the stream ended early, when it did (text that is not valid in its encoding). */
  readonly failure?: () => Error | undefined;
}

export const openInputFile = (path: string, start = 0): OpenedFile => {
  const counter = new ByteCounter();
  const raw = createReadStream(path, { highWaterMark: 1 << 20, start });
  raw.pipe(counter);
  raw.on('error', (e) => counter.destroy(e));
  if (!path.endsWith('.gz')) return { stream: counter, bytesRead: () => counter.bytes };
  const gunzip = createGunzip();
  counter.pipe(gunzip);
  counter.on('error', (e) => gunzip.destroy(e));
  return { stream: gunzip, bytesRead: () => counter.bytes };
};

/** Reads at most `max` decompressed bytes from the start of a file, for format detection. */
export const peekFile = async (path: string, max = 64 * 1024): Promise<string> => {
  const { stream } = openInputFile(path);
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      parts.push(chunk);
      size += chunk.length;
      if (size >= max) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(parts).subarray(0, max).toString('utf8');
};
