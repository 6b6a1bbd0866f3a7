/**
 * `signin-report detect [--since 30d]`: runs the rules over stored sign-ins, oldest first, from
 * fresh window state. Idempotent: alert ids are deterministic and an unchanged alert is not
 * written again, so a second run changes nothing.
 */
import type { Detector } from '../detections/detector.js';
import { prepareSignIn } from '../model/sign-in-row.js';
import type { KeysetPosition, SignInStore } from '../ports.js';
import type { FilterNode } from '../query/ast.js';

export interface DetectSummary {
  readonly signIns: number;
  readonly created: number;
  readonly grown: number;
  readonly seconds: number;
}

export const detectHistory = async (
  deps: { readonly store: Pick<SignInStore, 'list'>; readonly detector: Detector; readonly now?: () => number },
  since: number | undefined,
  onProgress?: (done: number) => void,
): Promise<DetectSummary> => {
  const now = deps.now ?? (() => Date.now());
  const started = now();
  const filter: FilterNode | undefined = since === undefined
    ? undefined
    : { kind: 'compare', op: 'ge', field: 'createdDateTime', value: { kind: 'datetime', value: new Date(since).toISOString(), millis: since } };
  let after: KeysetPosition | undefined;
  let signIns = 0;
  let created = 0;
  let grown = 0;
  do {
    const page = await deps.store.list({ filter, top: 1000, order: 'asc', after });
    // The detector reads rows and coordinates only: no document text is needed ('' skips re-serialising).
    const batch = page.items.map((doc) => prepareSignIn(doc, ''));
    const step = await deps.detector.observe(batch);
    signIns += batch.length;
    created += step.created;
    grown += step.grown;
    onProgress?.(signIns);
    after = page.next;
  } while (after);
  return { signIns, created, grown, seconds: (now() - started) / 1000 };
};
