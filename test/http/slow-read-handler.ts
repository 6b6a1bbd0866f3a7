/**
 * The SQLite read handler with faults on request, for the serve-at-scale tests: a filter value
 * containing `spin-<ms>@` keeps the worker busy that long before the real query (a deliberately
 * slow query), `crash@` ends the worker thread mid-request.
 */
import type { TaskHandler } from '../../src/node/pool-protocol.js';
import { createTaskHandler as createSqliteHandler } from '../../src/storage/sqlite/read-handler.js';

export const createTaskHandler = (data: unknown): TaskHandler => {
  const real = createSqliteHandler(data);
  return (op, args) => {
    const text = JSON.stringify(args) ?? '';
    if (text.includes('crash@')) process.exit(7);
    const spin = /spin-(\d+)@/.exec(text);
    if (spin) {
      // Busy like a long synchronous SQLite query: nothing else runs on this worker meanwhile.
      const end = Date.now() + Number(spin[1]);
      while (Date.now() < end);
    }
    return real(op, args);
  };
};
