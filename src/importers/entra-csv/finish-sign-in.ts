/**
 * The last step for a portal row: required cells, the outcome, and the sign-in type that the
 * file's kind implies (`signInEventTypes`, `isInteractive`).
 *
 * The portal leaves `Sign-in error code` empty on success. For a Failure or Interrupted row
 * without a code the outcome cannot be classified, so the row is rejected rather than stored
 * as a success.
 */
import type { SourceItem } from '../../core/import-types.js';
import type { SignInType } from '../../core/model/sign-in-type.js';
import type { MappedRow } from '../tabular/row-mapper.js';
import { applySignInType } from '../tabular/apply-sign-in-type.js';

export const finishPortalSignIn = (
  mapped: MappedRow,
  kind: SignInType,
  where: string,
  steps?: ReadonlyMap<string, readonly Record<string, unknown>[]>,
): SourceItem => {
  const r = mapped.record;
  if (typeof r.id !== 'string') return { kind: 'unparseable', where, field: 'Request ID', message: 'empty: every sign-in needs its request id' };
  if (typeof r.createdDateTime !== 'string') return { kind: 'unparseable', where, field: 'Date (UTC)', message: 'empty: every sign-in needs its date' };
  const status = r.status as Record<string, unknown> | undefined;
  if (status?.errorCode === undefined) {
    if (mapped.statusWord === 'failure' || mapped.statusWord === 'interrupted') {
      return {
        kind: 'unparseable',
        where,
        field: 'Sign-in error code',
        message: `empty although Status is ${mapped.statusWord}; the code is needed to classify the sign-in`,
      };
    }
    if (mapped.statusWord === 'success' || status) r.status = { errorCode: 0, ...status };
  }
  applySignInType(r, kind);
  const joined = steps?.get(r.id);
  if (joined) r.authenticationDetails = joined;
  return { kind: 'record', value: r, where };
};
