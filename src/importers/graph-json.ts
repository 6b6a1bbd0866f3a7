/**
 * Microsoft Graph `signIn` JSON in every shape a person has on disk: one object, an array, a
 * Graph page (`{"@odata.context", "value": [...], "@odata.nextLink"}`), or NDJSON (one record,
 * or one page, per line). Detected by content; streamed with stream-json so memory stays flat.
 */
import type { Readable } from 'node:stream';
import streamJson from 'stream-json';
import Pick from 'stream-json/filters/Pick.js';
import StreamArray from 'stream-json/streamers/StreamArray.js';
import type { SourceItem } from '../core/import-types.js';
import { readNdjson } from './ndjson-lines.js';

export type GraphJsonShape = 'ndjson' | 'array' | 'object';

const isPage = (v: unknown): v is { value: unknown[] } =>
  typeof v === 'object' && v !== null && Array.isArray((v as { value?: unknown }).value) &&
  Object.keys(v).some((k) => k.startsWith('@odata'));

/** Decides the shape from the first bytes; undefined when it is not JSON at all. */
export const detectGraphJsonShape = (head: string): GraphJsonShape | undefined => {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('[')) return 'array';
  if (!text.startsWith('{')) return undefined;
  const nl = text.indexOf('\n');
  if (nl === -1) return 'object';
  try {
    JSON.parse(text.slice(0, nl));
    return 'ndjson';
  } catch {
    return 'object';
  }
};

export async function* expandPages(items: AsyncIterable<SourceItem>): AsyncGenerator<SourceItem> {
  for await (const item of items) {
    if (item.kind === 'record' && isPage(item.value)) {
      let i = 0;
      for (const v of item.value.value) yield { kind: 'record', value: v, where: `${item.where} value[${i++}]` };
    } else yield item;
  }
}

const stripBom = async function* (stream: Readable): AsyncGenerator<Buffer> {
  let first = true;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (first && chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
      yield chunk.subarray(3);
    } else yield chunk;
    first = false;
  }
};

/** Streams the elements of a top-level array, or of a page's `value`. */
async function* streamElements(
  stream: Readable,
  file: string,
  pick: boolean,
  bytesRead: () => number,
): AsyncGenerator<SourceItem> {
  const { Readable: R } = await import('node:stream');
  const source = R.from(stripBom(stream));
  const parser = source.pipe(streamJson.parser());
  const picked = pick ? parser.pipe(Pick.pick({ filter: 'value' })) : parser;
  const elements = picked.pipe(StreamArray.streamArray());
  // pipe() does not forward errors: a stage that fails (a cut file) must end the iteration,
  // or the reader would wait forever.
  for (const stage of new Set([source, parser, picked])) stage.on('error', (e: Error) => elements.destroy(e));
  try {
    for await (const { key, value } of elements as AsyncIterable<{ key: number; value: unknown }>) {
      yield { kind: 'record', value, where: pick ? `${file} value[${key}]` : `${file}[${key}]` };
    }
  } catch (e) {
    yield { kind: 'unparseable', where: file, message: `invalid JSON near byte ${bytesRead()}: ${(e as Error).message}` };
  }
}

export interface GraphJsonInput {
  readonly file: string;
  readonly shape: GraphJsonShape;
  readonly open: () => { stream: Readable; bytesRead: () => number };
  /** Reads the whole (small) file; used only for a single object without `value`. */
  readonly readAll: () => Promise<string>;
  /** Parses NDJSON in worker threads when given. */
  readonly parallelNdjson?: ((stream: Readable, file: string) => AsyncIterable<SourceItem>) | undefined;
}

export async function* readGraphJson(input: GraphJsonInput): AsyncGenerator<SourceItem> {
  const { file, shape } = input;
  if (shape === 'ndjson') {
    if (input.parallelNdjson) {
      yield* input.parallelNdjson(input.open().stream, file);
      return;
    }
    yield* expandPages(readNdjson(input.open().stream, file));
    return;
  }
  if (shape === 'array') {
    const o = input.open();
    yield* streamElements(o.stream, file, false, o.bytesRead);
    return;
  }
  // An object: a Graph page (stream its `value`) or one record.
  const o = input.open();
  let seen = 0;
  for await (const item of streamElements(o.stream, file, true, o.bytesRead)) {
    seen++;
    yield item;
  }
  if (seen > 0) return;
  const text = (await input.readAll()).replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    yield { kind: 'unparseable', where: file, message: `invalid JSON at byte ${m ? m[1] : 0}: ${(e as Error).message}` };
    return;
  }
  if (isPage(value)) return; // an empty page
  yield { kind: 'record', value, where: file };
}
