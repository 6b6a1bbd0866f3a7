/**
 * Helpers of the rule tests: hand-made sign-ins, the built-in rules compiled with optional
 * settings, and a detector over an in-memory store fed in batches.
 */
import type { SignIn } from '../core/model/sign-in-schema.js';
import { prepareSignIn, type PreparedSignIn } from '../core/model/sign-in-row.js';
import { compileRules, type DetectionSettings } from '../core/detections/compile-rules.js';
import type { CompiledRule } from '../core/detections/compiled-rule.js';
import { createDetector } from '../core/detections/detector.js';
import { createMemoryAlertStore } from '../core/detections/memory-alert-store.js';
import type { Alert } from '../core/detections/alert.js';
import { readRuleFolder, BUILTIN_RULES_DIR } from './rule-files.js';

export interface Spec {
  /** Minutes after T0 (2026-11-30T10:00:00Z), or an ISO time. */
  readonly at: number | string;
  readonly user?: string;
  readonly ip?: string;
  readonly code?: number;
  readonly app?: string;
  /** Default: Exchange Online's app id. */
  readonly appId?: string;
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly type?: 'interactiveUser' | 'nonInteractiveUser' | 'servicePrincipal';
  readonly client?: string;
  readonly os?: string;
  readonly sp?: string;
}

export const T0 = Date.UTC(2026, 10, 30, 10, 0, 0);
let serial = 0;

export const signIn = (s: Spec): PreparedSignIn => {
  const at = typeof s.at === 'number' ? T0 + Math.round(s.at * 60_000) : Date.parse(s.at);
  const n = ++serial;
  const type = s.type ?? 'interactiveUser';
  const doc: SignIn = {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    createdDateTime: new Date(at).toISOString().replace('.000Z', 'Z'),
    userPrincipalName: type === 'servicePrincipal' ? '' : (s.user ?? 'alice@contoso.com'),
    appId: s.appId ?? '00000002-0000-0000-c000-000000000000',
    appDisplayName: s.app ?? 'Office 365 Exchange Online',
    ipAddress: s.ip ?? '203.0.113.10',
    clientAppUsed: s.client ?? 'Browser',
    isInteractive: type === 'interactiveUser',
    status: { errorCode: s.code ?? 0, failureReason: null, additionalDetails: null },
    location: {
      city: 'Somewhere', state: null, countryOrRegion: s.country ?? 'JP',
      geoCoordinates: { latitude: s.lat ?? 35.68, longitude: s.lon ?? 139.69, altitude: null },
    },
    deviceDetail: { browser: 'Edge 120.0', operatingSystem: s.os ?? 'Windows10', deviceId: '', displayName: null, isCompliant: false, isManaged: false, trustType: null },
    signInEventTypes: [type],
    ...(s.sp ? { servicePrincipalId: s.sp, servicePrincipalName: 'Robot' } : {}),
  } as SignIn;
  return prepareSignIn(doc);
};

export const builtinRules = (settings: DetectionSettings = {}): CompiledRule[] => compileRules(readRuleFolder(BUILTIN_RULES_DIR, 'builtin'), settings);

/** Runs only `ruleId` over the batches, in order; returns its alerts, oldest first. */
export const runRule = async (
  ruleId: string, batches: readonly (readonly PreparedSignIn[])[], settings: DetectionSettings = {}, latenessMinutes = 60 * 24 * 60,
): Promise<Alert[]> => {
  const rules = builtinRules(settings).filter((r) => r.id === ruleId);
  if (rules.length !== 1) throw new Error(`no rule ${ruleId}`);
  const store = createMemoryAlertStore();
  const detector = createDetector({ rules, store, clock: { now: () => new Date(T0) }, latenessMs: latenessMinutes * 60_000 });
  for (const b of batches) await detector.observe(b);
  return [...store.alerts.values()].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen));
};

/** `n` sign-ins from `make(i)`. */
export const times = (n: number, make: (i: number) => Spec): Spec[] => Array.from({ length: n }, (_, i) => make(i));

/** Splits a list in two batches at `cut`. */
export const splitAt = <T>(list: readonly T[], cut: number): T[][] => [list.slice(0, cut), list.slice(cut)];
