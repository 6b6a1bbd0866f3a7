/** The entity routes' JSON (agreed with the UI; see docs/api.md), built from the store's counts. */
import { classifyErrorCode } from '../catalog/classify.js';
import { findErrorCode } from '../catalog/index.js';
import { isoFromMillis } from '../model/time.js';
import type { Actor, ErrorCategory } from '../catalog/types.js';
import type { EntityKind, FactCount, NewFactKind } from './entity-types.js';

export interface Fact {
  readonly value: string | number;
  readonly count: number;
  readonly failures: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
}

export interface ErrorCodeFact extends Fact {
  readonly value: number;
  readonly title: { readonly en: string; readonly ja: string } | null;
  readonly category: ErrorCategory | 'none';
  readonly actor: Actor | null;
}

export interface EntitySummaryResponse {
  readonly kind: EntityKind;
  readonly key: string;
  readonly displayName: string | null;
  readonly since: string;
  readonly until: string;
  readonly tz: string;
  readonly totals: { readonly total: number; readonly success: number; readonly failure: number; readonly interrupted: number };
  readonly failureRate: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly countries: readonly Fact[];
  readonly cities: readonly Fact[];
  readonly ips: readonly Fact[];
  readonly apps: readonly (Fact & { readonly appId: string | null })[];
  readonly users: readonly (Fact & { readonly success: number; readonly failure: number })[];
  readonly errorCodes: readonly ErrorCodeFact[];
  readonly devices: readonly Fact[];
  readonly browsers: readonly Fact[];
  readonly clientApps: readonly Fact[];
  readonly authMethods: readonly Fact[];
  readonly conditionalAccess: readonly Fact[];
  readonly asns: readonly Fact[];
  readonly newFacts: readonly { readonly kind: NewFactKind; readonly value: string; readonly firstSeen: string }[];
}

export const toFact = (f: FactCount): Fact => ({
  value: f.value,
  count: f.count,
  failures: f.failures,
  firstSeen: isoFromMillis(f.firstSeen),
  lastSeen: isoFromMillis(f.lastSeen),
});

export const toAppFact = (f: FactCount): Fact & { readonly appId: string | null } => ({ ...toFact(f), appId: f.appId ?? null });

export const toUserFact = (f: FactCount): Fact & { readonly success: number; readonly failure: number } => ({
  ...toFact(f),
  success: f.success,
  failure: f.failures,
});

/** Catalog title, category and actor of a code; a code the catalog lacks has no title or actor. */
export const toErrorCodeFact = (f: FactCount): ErrorCodeFact => {
  const code = Number(f.value);
  const entry = findErrorCode(code);
  return {
    ...toFact(f),
    value: code,
    title: entry ? { en: entry.en.title, ja: entry.ja.title } : null,
    category: entry ? entry.category : classifyErrorCode(code).category,
    actor: entry ? entry.actor : null,
  };
};
