/**
 * Import worker thread: parses, validates and derives the records of one NDJSON chunk with the
 * same core functions as the single-threaded path. With `packer` (a module URL the store names),
 * it also lets the storage engine pack the chunk's documents, so the main thread receives rows
 * and ready blocks instead of texts (it only has to store them).
 */
import { parentPort } from 'node:worker_threads';
import { Readable } from 'node:stream';
import { readNdjson } from '../importers/ndjson-lines.js';
import { expandPages } from '../importers/graph-json.js';
import { checkItem } from '../core/use-cases/import-sign-ins.js';
import type { Rejection } from '../core/import-types.js';
import type { PreparedSignIn } from '../core/model/sign-in-row.js';

export interface ChunkTask {
  readonly seq: number;
  readonly buf: Uint8Array;
  readonly file: string;
  readonly startLine: number;
  readonly offset: number;
  /** URL of the storage engine's packing module (exports `packPrepared`), if it packs. */
  readonly packer?: string | undefined;
}

export type ChunkResultItem = { readonly p: PreparedSignIn } | { readonly r: Rejection };

export interface ChunkResult {
  readonly seq: number;
  readonly items: readonly ChunkResultItem[];
}

type PackPrepared = (items: ChunkResultItem[], isPrepared: (i: ChunkResultItem) => i is { readonly p: PreparedSignIn }) => void;
const packers = new Map<string, Promise<PackPrepared>>();
const packerOf = (url: string): Promise<PackPrepared> => {
  let p = packers.get(url);
  if (!p) packers.set(url, (p = import(url).then((m: { packPrepared: PackPrepared }) => m.packPrepared)));
  return p;
};
const isPrepared = (i: ChunkResultItem): i is { readonly p: PreparedSignIn } => 'p' in i;

parentPort?.on('message', async (task: ChunkTask) => {
  const items: ChunkResultItem[] = [];
  const buf = Buffer.from(task.buf.buffer, task.buf.byteOffset, task.buf.byteLength);
  for await (const item of expandPages(readNdjson(Readable.from([buf]), task.file, task.startLine, task.offset))) {
    const c = checkItem(item);
    items.push(c.ok ? { p: c.prepared } : { r: c.rejection });
  }
  if (task.packer) (await packerOf(task.packer))(items, isPrepared);
  // Only what the main thread stores crosses the thread boundary (never the parsed document).
  const out = items.map((i) => (isPrepared(i) ? { p: { row: i.p.row, text: i.p.text, ...(i.p.packed ? { packed: i.p.packed } : {}), ...(i.p.geo ? { geo: i.p.geo } : {}) } } : i));
  const result: ChunkResult = { seq: task.seq, items: out };
  parentPort?.postMessage(result);
});
