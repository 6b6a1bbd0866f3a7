/**
 * Sets the sign-in type that a file or table implies, unless the record already says (a
 * `Sign-in type` column of our own exports, a `SignInEventTypes` column): then `isInteractive`
 * follows the record's own type, not the file's.
 */
import { SIGN_IN_TYPES, type SignInType } from '../../core/model/sign-in-type.js';
import { CellError } from './cell-values.js';

const isSignInType = (v: unknown): v is SignInType => typeof v === 'string' && (SIGN_IN_TYPES as readonly string[]).includes(v);

export const applySignInType = (record: Record<string, unknown>, kind: SignInType): void => {
  const own = Array.isArray(record.signInEventTypes) && record.signInEventTypes.length > 0 ? record.signInEventTypes : undefined;
  if (!own) record.signInEventTypes = [kind];
  const effective = own?.find(isSignInType) ?? (own ? undefined : kind);
  if ((record.isInteractive === undefined || record.isInteractive === null) && effective) record.isInteractive = effective === 'interactiveUser';
};

/** Display text people (and our exports) write for each type, lower case without spaces or dashes. */
const SPOKEN: Readonly<Record<string, SignInType>> = {
  interactive: 'interactiveUser',
  interactiveuser: 'interactiveUser',
  noninteractive: 'nonInteractiveUser',
  noninteractiveuser: 'nonInteractiveUser',
  serviceprincipal: 'servicePrincipal',
  application: 'servicePrincipal',
  managedidentity: 'managedIdentity',
  msi: 'managedIdentity',
};

/** A `Sign-in type` cell → `signInEventTypes` (one type). */
export const signInTypeCell = (text: string): SignInType[] => {
  const type = SPOKEN[text.trim().toLowerCase().replace(/[\s_-]/g, '')];
  if (!type) throw new CellError(`expected a sign-in type (${SIGN_IN_TYPES.join(', ')}), got ${JSON.stringify(text.slice(0, 40))}`);
  return [type];
};
