/** One export page formatted as bytes of their own (transferable), with a pseudonymiser per key. */
import { createHmac } from 'node:crypto';
import { formatExportPage, formatParsedPage } from '../core/use-cases/export-sign-ins.js';
import type { SignIn } from '../core/model/sign-in-schema.js';
import { createPseudonymizer, type Pseudonymizer } from '../core/export/pseudonymize.js';
import { utf8, type FormatArgs, type TaskResult } from './pool-protocol.js';

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

/** formatPage for documents an engine parsed already. */
export const formatParsed = (docs: readonly SignIn[], a: Omit<FormatArgs, 'texts'>): TaskResult => {
  const bytes = utf8(formatParsedPage(docs, a.format, pseudonymizer(a.key), a.first));
  return { value: bytes, transfer: [bytes.buffer as ArrayBuffer] };
};
