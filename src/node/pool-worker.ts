/**
 * The worker thread of the shared pool (worker-pool.ts). Serves `format` (an export page:
 * parse, pseudonymise, CSV or JSON lines, with the core's `formatExportPage`) and `warm` (load
 * the engine now) itself, and every
 * other op through the engine's task handler named by `workerData.handlerUrl`. Answers are
 * bytes where they can be: moved to the main thread, not copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { formatPage } from './format-page.js';
import type { FormatArgs, PoolWorkerSetup, TaskHandler, TaskResult } from './pool-protocol.js';

const setup = (workerData ?? {}) as PoolWorkerSetup;
let handler: Promise<TaskHandler> | undefined;
const engine = (): Promise<TaskHandler> => {
  if (!setup.handlerUrl) return Promise.reject(new Error('this pool has no storage engine'));
  return (handler ??= import(setup.handlerUrl).then((m: { createTaskHandler: (data: unknown) => TaskHandler }) => m.createTaskHandler(setup.handlerData)));
};

parentPort?.on('message', (task: { id: number; op: string; args: unknown }) => {
  const answer = async (): Promise<TaskResult> => {
    if (task.op === 'format') return formatPage(task.args as FormatArgs);
    if (task.op === 'warm') {
      if (setup.handlerUrl) await engine();
      return { value: null };
    }
    return (await engine())(task.op, task.args);
  };
  answer().then(
    (r) => parentPort?.postMessage({ id: task.id, value: r.value }, [...(r.transfer ?? [])]),
    (e: unknown) => {
      const err = e as { message?: string; code?: unknown };
      parentPort?.postMessage({ id: task.id, error: { message: String(err.message ?? e), ...(typeof err.code === 'string' ? { code: err.code } : {}) } });
    },
  );
});
