/**
 * The contract between the worker pool and the code its workers run. An engine provides a
 * module (named by URL, so src/node never imports an engine) exporting
 * `createTaskHandler(data): TaskHandler`; the pool's worker calls it once and then hands it
 * every task whose op it does not serve itself (`format`).
 */
export interface TaskResult {
  readonly value: unknown;
  /** Buffers of `value` to move to the main thread instead of copying them. */
  readonly transfer?: readonly ArrayBuffer[];
}

export type TaskHandler = (op: string, args: unknown) => TaskResult | Promise<TaskResult>;

export interface PoolWorkerSetup {
  /** Module URL exporting `createTaskHandler`. */
  readonly handlerUrl?: string | undefined;
  /** Passed to `createTaskHandler` (e.g. the database file). */
  readonly handlerData?: unknown;
}

/** Arguments of the built-in `format` op: one export page of stored JSON texts. */
export interface FormatArgs {
  readonly texts: readonly string[];
  readonly format: 'csv' | 'json' | 'ndjson';
  /** Pseudonymisation key; none: no pseudonyms. */
  readonly key?: string | undefined;
  /** No row was written before this page (JSON separators). */
  readonly first: boolean;
}

/** UTF-8 bytes in a buffer of their own, so it can be transferred. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
