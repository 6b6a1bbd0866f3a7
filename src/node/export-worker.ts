/**
 * Export worker thread: formats pages of stored JSON texts (parse, pseudonymise, CSV/JSON
 * lines) with the core's `formatExportPage`, so an export's main thread only reads pages.
 * Set up by `workerData` (format and, for pseudonyms, the installation key).
 */
import { createHmac } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { formatExportPage, type ExportFormat } from '../core/use-cases/export-sign-ins.js';
import { createPseudonymizer } from '../core/export/pseudonymize.js';

export interface ExportWorkerSetup {
  readonly format: ExportFormat;
  readonly key?: string | undefined;
}

export interface ExportTask {
  readonly seq: number;
  readonly texts: readonly string[];
  readonly first: boolean;
}

export type ExportResult = { readonly seq: number; readonly text: string } | { readonly seq: number; readonly error: string };

const setup = workerData as ExportWorkerSetup;
const key = setup.key;
const pseudonymizer = key === undefined ? undefined : createPseudonymizer((data) => createHmac('sha256', key).update(data, 'utf8').digest('hex'));

parentPort?.on('message', (task: ExportTask) => {
  let result: ExportResult;
  try {
    result = { seq: task.seq, text: formatExportPage(task.texts, setup.format, pseudonymizer, task.first) };
  } catch (e) {
    result = { seq: task.seq, error: (e as Error).message };
  }
  parentPort?.postMessage(result);
});
