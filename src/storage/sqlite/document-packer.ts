/**
 * The SQLite engine's document packing, loaded by import worker threads by module URL (the store
 * names it as `documentPacker`), so the pipeline knows nothing of this engine's codec: each
 * record's stored line (column-held members left out), then runs of consecutive records
 * compressed into shared blocks of up to BLOCK_SIZE lines. The main thread only stores them.
 */
import type { PreparedSignIn } from '../../core/model/sign-in-row.js';
import { BLOCK_SIZE, encodeBlock, packLine } from '../doc-codec.js';

/** Replaces, in place, every prepared record of `items` by its packed form. */
export const packPrepared = <T>(items: (T | { readonly p: PreparedSignIn })[], isPrepared: (item: T | { readonly p: PreparedSignIn }) => item is { readonly p: PreparedSignIn }): void => {
  let run: number[] = [];
  const lines: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const block = encodeBlock(lines);
    run.forEach((i, index) => {
      const { row } = (items[i] as { p: PreparedSignIn }).p;
      items[i] = { p: { row, text: '', packed: { block, index } } };
    });
    run = [];
    lines.length = 0;
  };
  items.forEach((item, i) => {
    if (!isPrepared(item)) return;
    run.push(i);
    lines.push(packLine(item.p));
    if (run.length === BLOCK_SIZE) flush();
  });
  flush();
};

export const DOCUMENT_PACKER_URL = import.meta.url;
