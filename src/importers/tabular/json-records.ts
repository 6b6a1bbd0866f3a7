/**
 * The JSON shapes exports come in, streamed: a top-level array (`file[i]`), an object with a
 * `value` array (`file value[i]`), NDJSON (`file:line`), or one object. Every stage's error ends
 * the stream with a reported problem (a file cut short or not JSON at all never hangs the
 * import), and the items carry no `raw` text: callers reshape the records.
 */
import { Readable, type Duplex } from 'node:stream';
import streamJson from 'stream-json';
import PickFilter from 'stream-json/filters/Pick.js';
import StreamArray from 'stream-json/streamers/StreamArray.js';
import type { SourceItem } from '../../core/import-types.js';
import type { FormatReadContext } from '../formats.js';
import { detectGraphJsonShape } from '../graph-json.js';
import { readNdjson } from '../ndjson-lines.js';
import { peekFile } from '../open-file.js';
import { scanJsonArray } from './json-array-scanner.js';

export const bomless = async function* (stream: Readable): AsyncGenerator<Buffer> {
  let first = true;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    yield first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk;
    first = false;
  }
};

/** Pipes through the stages; an error anywhere destroys the last stage with that error. */
export const chain = (source: Readable, stages: readonly Duplex[]): Duplex => {
  const all: (Readable | Duplex)[] = [source, ...stages];
  let last: Readable | Duplex = source;
  for (const s of stages) last = last.pipe(s);
  const end = last as Duplex;
  for (const s of all) if (s !== end) s.on('error', (e: Error) => end.destroy(e));
  return end;
};

/** The `value` array of a page object, token-streamed (pages are small). */
async function* pageElements(ctx: Pick<FormatReadContext, 'file' | 'open'>): AsyncGenerator<SourceItem, { seen: number; failed: boolean }> {
  const opened = ctx.open();
  const source = Readable.from(bomless(opened.stream));
  const elements = chain(source, [streamJson.parser(), PickFilter.pick({ filter: 'value' }), StreamArray.streamArray()]);
  let seen = 0;
  let failed = false;
  try {
    for await (const { key, value } of elements as AsyncIterable<{ key: number; value: unknown }>) {
      seen++;
      yield { kind: 'record', value, where: `${ctx.file} value[${key}]` };
    }
  } catch (e) {
    failed = true;
    yield { kind: 'unparseable', where: `${ctx.file} value[${seen}]`, message: `invalid JSON near byte ${opened.bytesRead()}: ${(e as Error).message}` };
  } finally {
    source.destroy();
    opened.stream.destroy();
  }
  return { seen, failed };
}

/** A top-level array, through the fast scanner: `file[i]`, errors with their byte offset. */
async function* arrayElements(ctx: Pick<FormatReadContext, 'file' | 'open'>): AsyncGenerator<SourceItem> {
  const opened = ctx.open();
  try {
    for await (const e of scanJsonArray(opened.stream)) {
      const where = `${ctx.file}[${e.index}]`;
      if (e.kind === 'error') {
        yield { kind: 'unparseable', where, message: `${e.message} (byte ${e.offset})` };
        return;
      }
      let value: unknown;
      try {
        value = JSON.parse(e.text);
      } catch (err) {
        yield { kind: 'unparseable', where, message: `invalid JSON in the element at byte ${e.offset}: ${(err as Error).message}` };
        continue;
      }
      yield { kind: 'record', value, where };
    }
  } finally {
    opened.stream.destroy();
  }
}

export async function* readJsonRecords(ctx: Pick<FormatReadContext, 'file' | 'open' | 'readAll'>): AsyncGenerator<SourceItem> {
  const shape = detectGraphJsonShape(await peekFile(ctx.file, 16 * 1024));
  if (shape === undefined) {
    yield { kind: 'unparseable', where: ctx.file, message: 'not JSON: the file does not start with [ or {' };
    return;
  }
  if (shape === 'ndjson') {
    for await (const item of readNdjson(Readable.from(bomless(ctx.open().stream)), ctx.file)) {
      yield item.kind === 'record' ? { kind: 'record', value: item.value, where: item.where } : item;
    }
    return;
  }
  if (shape === 'array') {
    yield* arrayElements(ctx);
    return;
  }
  // An object: a page with `value` (streamed), or else one record (read whole: it is one record).
  const { seen, failed } = yield* pageElements(ctx);
  if (seen > 0 || failed) return;
  const text = (await ctx.readAll()).replace(/^\uFEFF/, '');
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && Array.isArray((value as { value?: unknown }).value)) return;
    yield { kind: 'record', value, where: ctx.file };
  } catch (e) {
    yield { kind: 'unparseable', where: ctx.file, message: `invalid JSON: ${(e as Error).message}` };
  }
}
