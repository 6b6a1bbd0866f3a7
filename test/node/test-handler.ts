/** A task handler for the worker-pool tests: answers, waits, fails or dies on request. */
import type { TaskHandler } from '../../src/node/pool-protocol.js';

const spin = (ms: number) => {
  // Busy, like a long synchronous SQLite query: the worker cannot do anything else meanwhile.
  const end = Date.now() + ms;
  while (Date.now() < end);
};

export const createTaskHandler = (data: unknown): TaskHandler => {
  const loadedAt = Date.now();
  return (op, args) => handle(data, loadedAt, op, args);
};

const handle = (data: unknown, loadedAt: number, op: string, args: unknown) => {
  const a = args as { readonly ms?: number; readonly tag?: string };
  if (op === 'loadedAt') return { value: loadedAt };
  if (op === 'spin') spin(a.ms ?? 0);
  else if (op === 'die') process.exit(3);
  else if (op === 'fail') throw Object.assign(new Error('no such sign-in'), { code: 'NotFound' });
  else if (op !== 'echo') throw new Error(`unknown op ${op}`);
  return { value: { tag: a.tag, data } };
};
