/**
 * The demo tenant's Conditional Access policies and how one user sign-in is evaluated against
 * them. Graph lists every policy on every user sign-in with a result; policies are not
 * evaluated (`notApplied`) when the flow stopped before Conditional Access ran (wrong password,
 * expired session, ...). Workload identity sign-ins carry no policies here.
 */
import type { SignIn } from '../model/sign-in-schema.js';
import { stableGuid } from './ids.js';

type AppliedPolicy = NonNullable<SignIn['appliedConditionalAccessPolicies']>[number];

interface PolicyDef {
  readonly id: string;
  readonly displayName: string;
  readonly grants: readonly string[];
}

const policy = (name: string, grants: readonly string[]): PolicyDef => ({ id: stableGuid(`ca:${name}`), displayName: name, grants });

/**
 * Three policies keep records near the size of real ones (Graph lists every enabled policy on
 * every user sign-in, so tenants with dozens of policies have much larger records).
 */
export const CA_POLICIES: readonly PolicyDef[] = [
  policy('CA001: Require MFA outside trusted locations', ['Mfa']),
  policy('CA002: Block legacy authentication', ['Block']),
  policy('CA003: Block unsupported device platforms', ['Block']),
];

/** Everything the evaluation needs to know about one user sign-in. */
export interface CaInput {
  /** Conditional Access ran (the primary credential was accepted or a token presented). */
  evaluated: boolean;
  trustedNetwork: boolean;
  legacyClient: boolean;
  /** MFA was required and not completed (interrupt or denial). */
  mfaMissing: boolean;
  /** A block control stopped the sign-in. */
  blocked: boolean;
}

/** The v1.0 shape; the beta rule-level fields stay out to keep records near real export sizes. */
const entry = (p: PolicyDef, result: string): AppliedPolicy => ({
  id: p.id,
  displayName: p.displayName,
  enforcedGrantControls: result !== 'notApplied' ? p.grants.slice() : [],
  enforcedSessionControls: [],
  result,
});

export interface CaResult {
  policies: AppliedPolicy[];
  status: 'success' | 'failure' | 'notApplied';
}

const [mfaOutside, blockLegacy, blockPlatforms] = CA_POLICIES as [PolicyDef, PolicyDef, PolicyDef];

export const evaluateConditionalAccess = (x: CaInput): CaResult => {
  if (!x.evaluated) {
    return {
      policies: [entry(mfaOutside, 'notApplied'), entry(blockLegacy, 'notApplied'), entry(blockPlatforms, 'notApplied')],
      status: 'notApplied',
    };
  }
  const mfa = requiresMfa(x) ? (x.mfaMissing ? 'failure' : 'success') : 'notApplied';
  const legacy = x.legacyClient ? 'failure' : 'notApplied';
  const platform = x.blocked && !x.legacyClient ? 'failure' : 'notApplied';
  const failure = mfa === 'failure' || legacy === 'failure' || platform === 'failure';
  return {
    policies: [entry(mfaOutside, mfa), entry(blockLegacy, legacy), entry(blockPlatforms, platform)],
    status: failure ? 'failure' : mfa === 'success' ? 'success' : 'notApplied',
  };
};

/** Whether a sign-in needs MFA under CA001 (legacy protocols cannot do MFA; CA002 blocks them). */
export const requiresMfa = (x: Pick<CaInput, 'trustedNetwork' | 'legacyClient'>): boolean =>
  !x.legacyClient && !x.trustedNetwork;
