/**
 * Sign-in outcomes of the demo data: the AADSTS codes that dominate real tenants, with relative
 * weights per sign-in type, a short neutral `failureReason` (our wording) and the shape of the
 * authentication steps such a sign-in records. Success is error code 0 with reason `Other.`, the
 * way Graph reports it.
 */
import { createPicker, type Picker } from './random.js';

/** What the authentication steps of a sign-in with this outcome look like. */
export type AuthShape =
  | 'success' // every required step passed
  | 'badPassword' // primary step failed
  | 'mfaRequired' // password fine, MFA demanded and not yet done (interrupt)
  | 'mfaDenied' // password fine, MFA attempted and failed
  | 'passwordOk' // password fine, something else stopped the flow
  | 'none'; // stopped before any credential was checked

export interface Outcome {
  readonly code: number;
  readonly reason: string;
  readonly additionalDetails: string | null;
  readonly shape: AuthShape;
  /** Conditional Access was what stopped the sign-in (blocks and unmet grant controls). */
  readonly caFailure: boolean;
}

const o = (code: number, reason: string, shape: AuthShape, caFailure = false, additionalDetails: string | null = null): Outcome =>
  ({ code, reason, additionalDetails, shape, caFailure });

export const SUCCESS: Outcome = o(0, 'Other.', 'success');

export const OUTCOMES: Readonly<Record<number, Outcome>> = {
  16000: o(16000, 'The user must pick an account or sign in again interactively.', 'none'),
  50053: o(50053, 'The account is locked after too many sign-in attempts, or the attempt came from a blocked address.', 'badPassword'),
  50055: o(50055, 'The password has expired and must be changed.', 'passwordOk'),
  50057: o(50057, 'The user account is disabled.', 'none'),
  50058: o(50058, 'No usable single sign-on session was found for the user.', 'none'),
  50074: o(50074, 'Strong authentication is required.', 'mfaRequired', true, 'MFA required in Azure AD'),
  50076: o(50076, 'Multi-factor authentication is required by policy or because of the location.', 'mfaRequired', true,
    'MFA required in Azure AD'),
  50079: o(50079, 'The user must register for multi-factor authentication.', 'passwordOk'),
  50089: o(50089, 'The sign-in flow took too long and expired; the user must start again.', 'none'),
  50097: o(50097, 'Device authentication is required.', 'passwordOk', true),
  50125: o(50125, 'Sign-in was interrupted for a password reset or registration step.', 'passwordOk'),
  50126: o(50126, 'Invalid username or password.', 'badPassword', false,
    'Wrong credentials were entered; a few of these are normal in any tenant.'),
  50133: o(50133, 'The session is no longer valid because the password changed or the session was revoked.', 'none'),
  50140: o(50140, 'The "Keep me signed in" prompt interrupted the sign-in.', 'passwordOk'),
  50158: o(50158, 'An external security challenge was not completed.', 'passwordOk'),
  50173: o(50173, 'A fresh token is needed because the credential changed after the grant was issued.', 'none'),
  53003: o(53003, 'Access was blocked by Conditional Access policies.', 'passwordOk', true,
    'Access policy does not allow token issuance.'),
  65001: o(65001, 'Neither the user nor an administrator has consented to the application.', 'passwordOk'),
  70043: o(70043, 'The refresh token expired because of the Conditional Access sign-in frequency.', 'none'),
  70044: o(70044, 'The session expired or was invalidated by Conditional Access sign-in frequency.', 'none'),
  90072: o(90072, 'The external account is not present in this tenant.', 'none'),
  500011: o(500011, 'The requested resource has no service principal in this tenant.', 'none'),
  500121: o(500121, 'Authentication failed during the strong authentication request.', 'mfaDenied'),
  530032: o(530032, 'Blocked by a tenant security policy.', 'passwordOk', true),
  700016: o(700016, 'The application was not found in the directory.', 'none'),
  700027: o(700027, 'The client assertion failed signature validation.', 'none'),
  7000215: o(7000215, 'An invalid client secret was provided.', 'none'),
  7000218: o(7000218, 'The request must contain client_assertion or client_secret.', 'none'),
  7000222: o(7000222, 'The client secret has expired.', 'none'),
};

export const outcomeFor = (code: number): Outcome => {
  if (code === 0) return SUCCESS;
  const outcome = OUTCOMES[code];
  if (!outcome) throw new RangeError(`no demo outcome for ${code}`);
  return outcome;
};

/** A success rate and the weighted failure mix for one kind of sign-in. */
export interface OutcomeMix {
  readonly successRate: number;
  readonly failures: readonly Outcome[];
  readonly picker: Picker;
}

const mix = (successRate: number, weights: readonly (readonly [number, number])[]): OutcomeMix => ({
  successRate,
  failures: weights.map(([code]) => outcomeFor(code)),
  picker: createPicker(weights.map(([, w]) => w)),
});

export const INTERACTIVE_MIX = mix(0.79, [
  [50126, 18], [50074, 16], [50140, 14], [50076, 12], [50089, 6], [50058, 4], [16000, 4], [500121, 4],
  [53003, 4], [50055, 3], [65001, 3], [50053, 3], [50158, 2], [50097, 2], [50125, 1.5], [50079, 1],
  [530032, 1], [90072, 1], [700016, 0.5], [500011, 0.5],
]);

export const NON_INTERACTIVE_MIX = mix(0.925, [
  [50058, 14], [16000, 12], [70044, 10], [50076, 10], [50173, 8], [70043, 8], [50133, 6], [50074, 4],
  [53003, 4], [50097, 4], [65001, 3], [50089, 2], [530032, 2], [500011, 1],
]);

export const SERVICE_PRINCIPAL_MIX = mix(0.985, [[7000215, 40], [700027, 30], [500011, 15], [700016, 15]]);

export const MANAGED_IDENTITY_MIX = mix(0.995, [[500011, 1]]);
