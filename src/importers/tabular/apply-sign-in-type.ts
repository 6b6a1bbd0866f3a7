/** Sets the sign-in type that a file or table implies, unless the record already says. */
import type { SignInType } from '../../core/model/sign-in-type.js';

export const applySignInType = (record: Record<string, unknown>, kind: SignInType): void => {
  if (!Array.isArray(record.signInEventTypes) || record.signInEventTypes.length === 0) record.signInEventTypes = [kind];
  if (record.isInteractive === undefined || record.isInteractive === null) record.isInteractive = kind === 'interactiveUser';
};
