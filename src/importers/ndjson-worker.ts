/**
 * Import worker thread: parses, validates and derives the records of one NDJSON chunk with the
 * same core functions as the single-threaded path, and sends back prepared rows (without the
 * parsed document: the store needs only the row and the original text) and rejections, in order.
 */
import { parentPort } from 'node:worker_threads';
import { Readable } from 'node:stream';
import { readNdjson } from './ndjson-lines.js';
import { expandPages } from './graph-json.js';
import { checkItem } from '../core/use-cases/import-sign-ins.js';
import type { Rejection } from '../core/import-types.js';
import type { PreparedSignIn } from '../core/model/sign-in-row.js';

export interface ChunkTask {
  readonly seq: number;
  readonly buf: Uint8Array;
  readonly file: string;
  readonly startLine: number;
  readonly offset: number;
}

export type ChunkResultItem = { readonly p: PreparedSignIn } | { readonly r: Rejection };

export interface ChunkResult {
  readonly seq: number;
  readonly items: readonly ChunkResultItem[];
}

parentPort?.on('message', async (task: ChunkTask) => {
  const items: ChunkResultItem[] = [];
  const buf = Buffer.from(task.buf.buffer, task.buf.byteOffset, task.buf.byteLength);
  for await (const item of expandPages(readNdjson(Readable.from([buf]), task.file, task.startLine, task.offset))) {
    const c = checkItem(item);
    if (c.ok) items.push({ p: { row: c.prepared.row, text: c.prepared.text } });
    else items.push({ r: c.rejection });
  }
  const result: ChunkResult = { seq: task.seq, items };
  parentPort?.postMessage(result);
});
