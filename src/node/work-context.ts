/**
 * What the work of one request or command may use, carried through its async calls
 * (AsyncLocalStorage) so the store's methods need no extra parameters: the pool lane its
 * queries run in, the signal that says the client went away, and the time budget per query.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export type Lane = 'interactive' | 'bulk';

export interface WorkContext {
  readonly lane: Lane;
  readonly signal?: AbortSignal | undefined;
  /** Time budget of each query, in ms. */
  readonly timeoutMs?: number | undefined;
}

let storage: AsyncLocalStorage<WorkContext> | undefined;

/** Runs `f` with `work` as the context of every query it starts. */
export const withWork = <T>(work: WorkContext, f: () => T): T => (storage ??= new AsyncLocalStorage()).run(work, f);

export const currentWork = (): WorkContext | undefined => storage?.getStore();
