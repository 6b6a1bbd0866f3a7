/**
 * Machine-readable labels of the incidents the demo injects: which detection rule should find
 * which entity in which time span. A benchmark counts a finding of `ruleId` for `entity`
 * overlapping [start, end] as found, and any other finding as a false alarm. Times are whole
 * seconds, as the records' `createdDateTime` are.
 */
export type LabelledEntityKind = 'user' | 'ip' | 'app' | 'servicePrincipal';

export interface InjectedIncident {
  readonly ruleId: string;
  readonly entity: { readonly kind: LabelledEntityKind; readonly value: string };
  readonly start: Date;
  readonly end: Date;
}

export const RULE_IDS = [
  'password-spray', 'mfa-fatigue', 'mfa-denied', 'disabled-account', 'lockout-storm', 'legacy-auth',
  'impossible-travel', 'new-country', 'break-glass', 'brute-force',
] as const;

const second = (t: number) => new Date(Math.floor(t / 1000) * 1000);

export const label = (ruleId: (typeof RULE_IDS)[number], kind: LabelledEntityKind, value: string, start: number, end: number): InjectedIncident => ({
  ruleId,
  entity: { kind, value },
  start: second(start),
  end: second(end),
});
