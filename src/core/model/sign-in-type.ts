/** The four sign-in types of Entra ID and how a record's type is derived. */
import type { SignIn } from './sign-in-schema.js';

export const SIGN_IN_TYPES = ['interactiveUser', 'nonInteractiveUser', 'servicePrincipal', 'managedIdentity'] as const;
export type SignInType = (typeof SIGN_IN_TYPES)[number];

const isSignInType = (v: string): v is SignInType => (SIGN_IN_TYPES as readonly string[]).includes(v);

/**
 * `signInEventTypes` wins when present (beta); otherwise a service principal or managed
 * identity is recognised by its properties, and `isInteractive` splits user sign-ins (v1.0 data,
 * which only ever holds interactive sign-ins, has no `signInEventTypes`).
 */
export const deriveSignInType = (s: SignIn): SignInType => {
  for (const t of s.signInEventTypes ?? []) if (isSignInType(t)) return t;
  if (s.managedServiceIdentity?.msiType && s.managedServiceIdentity.msiType !== 'none') return 'managedIdentity';
  if (!s.userId && !s.userPrincipalName && s.servicePrincipalId) return 'servicePrincipal';
  return s.isInteractive === false ? 'nonInteractiveUser' : 'interactiveUser';
};
