/**
 * Import worker thread: parses, validates and derives the records of one NDJSON chunk with the
 * same core functions as the single-threaded path. With `pack`, it also compresses runs of
 * consecutive valid records into document blocks with the SQLite engine's codec, so the main
 * thread receives rows and ready blocks instead of texts (it only has to store them).
 */
import { parentPort } from 'node:worker_threads';
import { Readable } from 'node:stream';
import { readNdjson } from '../importers/ndjson-lines.js';
import { expandPages } from '../importers/graph-json.js';
import { checkItem } from '../core/use-cases/import-sign-ins.js';
import type { Rejection } from '../core/import-types.js';
import type { PreparedSignIn } from '../core/model/sign-in-row.js';
import { BLOCK_SIZE, encodeBlock, packLine } from '../storage/doc-codec.js';

export interface ChunkTask {
  readonly seq: number;
  readonly buf: Uint8Array;
  readonly file: string;
  readonly startLine: number;
  readonly offset: number;
  readonly pack: boolean;
}

export type ChunkResultItem = { readonly p: PreparedSignIn } | { readonly r: Rejection };

export interface ChunkResult {
  readonly seq: number;
  readonly items: readonly ChunkResultItem[];
}

/** Replaces the stored lines of prepared records by shared blocks of up to BLOCK_SIZE lines. */
const pack = (items: ChunkResultItem[]): void => {
  let run: number[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const block = encodeBlock(run.map((i) => (items[i] as { p: PreparedSignIn }).p.text));
    run.forEach((i, index) => {
      const { row } = (items[i] as { p: PreparedSignIn }).p;
      items[i] = { p: { row, text: '', packed: { block, index } } };
    });
    run = [];
  };
  items.forEach((item, i) => {
    if (!('p' in item)) return;
    run.push(i);
    if (run.length === BLOCK_SIZE) flush();
  });
  flush();
};

parentPort?.on('message', async (task: ChunkTask) => {
  const items: ChunkResultItem[] = [];
  const buf = Buffer.from(task.buf.buffer, task.buf.byteOffset, task.buf.byteLength);
  for await (const item of expandPages(readNdjson(Readable.from([buf]), task.file, task.startLine, task.offset))) {
    const c = checkItem(item);
    // Packing: the text becomes the stored line (column-held properties left out) right away.
    if (c.ok) items.push({ p: { row: c.prepared.row, text: task.pack ? packLine(c.prepared) : c.prepared.text } });
    else items.push({ r: c.rejection });
  }
  if (task.pack) pack(items);
  const result: ChunkResult = { seq: task.seq, items };
  parentPort?.postMessage(result);
});
