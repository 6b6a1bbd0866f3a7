/**
 * The worker thread of the shared pool (worker-pool.ts). Serves `format` (an export page:
 * parse, pseudonymise, CSV or JSON lines, with the core's `formatExportPage`) itself, and every
 * other op through the engine's task handler named by `workerData.handlerUrl`. Answers are
 * bytes where they can be: moved to the main thread, not copied.
 */
import { createHmac } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { formatExportPage } from '../core/use-cases/export-sign-ins.js';
import { createPseudonymizer, type Pseudonymizer } from '../core/export/pseudonymize.js';
import { utf8, type FormatArgs, type PoolWorkerSetup, type TaskHandler, type TaskResult } from './pool-protocol.js';

const setup = (workerData ?? {}) as PoolWorkerSetup;
let handler: Promise<TaskHandler> | undefined;
const engine = (): Promise<TaskHandler> => {
  if (!setup.handlerUrl) return Promise.reject(new Error('this pool has no storage engine'));
  return (handler ??= import(setup.handlerUrl).then((m: { createTaskHandler: (data: unknown) => TaskHandler }) => m.createTaskHandler(setup.handlerData)));
};

const pseudonymizers = new Map<string, Pseudonymizer>();
const pseudonymizer = (key: string | undefined): Pseudonymizer | undefined => {
  if (key === undefined) return undefined;
  let p = pseudonymizers.get(key);
  if (!p) pseudonymizers.set(key, (p = createPseudonymizer((data) => createHmac('sha256', key).update(data, 'utf8').digest('hex'))));
  return p;
};

export const formatPage = (a: FormatArgs): TaskResult => {
  const bytes = utf8(formatExportPage(a.texts, a.format, pseudonymizer(a.key), a.first));
  return { value: bytes, transfer: [bytes.buffer as ArrayBuffer] };
};

parentPort?.on('message', (task: { id: number; op: string; args: unknown }) => {
  const answer = async (): Promise<TaskResult> => (task.op === 'format' ? formatPage(task.args as FormatArgs) : (await engine())(task.op, task.args));
  answer().then(
    (r) => parentPort?.postMessage({ id: task.id, value: r.value }, [...(r.transfer ?? [])]),
    (e: unknown) => {
      const err = e as { message?: string; code?: unknown };
      parentPort?.postMessage({ id: task.id, error: { message: String(err.message ?? e), ...(typeof err.code === 'string' ? { code: err.code } : {}) } });
    },
  );
});
