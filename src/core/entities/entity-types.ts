/**
 * The entity pages' shapes (issue 13): a user (by userPrincipalName), an IP address or an
 * application (by appId), what the store answers about one, and what the API returns. The JSON
 * was agreed with the UI: change it only together with `ui/`.
 */
import type { SignInOutcome } from '../catalog/classify.js';
import type { EntityPoints, EntityPointsQuery } from './collect-entity-points.js';

export const ENTITY_KINDS = ['user', 'ip', 'app'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** One entity, its key normalised (user names lower case, app ids lower case, addresses as given). */
export interface EntityRef {
  readonly kind: EntityKind;
  readonly key: string;
}

/** Per-value counts of one list, times in epoch ms (the store's answer). */
export interface FactCount {
  readonly value: string | number;
  readonly count: number;
  readonly success: number;
  readonly failures: number;
  readonly firstSeen: number;
  readonly lastSeen: number;
  /** Apps: the app id of the entry (the value is its display name, or the id when it has none). */
  readonly appId?: string | null | undefined;
}

export const FACT_LISTS = [
  'countries', 'cities', 'ips', 'apps', 'users', 'errorCodes', 'devices', 'browsers', 'clientApps', 'conditionalAccess',
] as const;
export type FactList = (typeof FACT_LISTS)[number];

export const NEW_FACT_KINDS = ['country', 'ip', 'device', 'app'] as const;
export type NewFactKind = (typeof NEW_FACT_KINDS)[number];

export interface NewFact {
  readonly kind: NewFactKind;
  readonly value: string;
  readonly firstSeen: number;
}

/** The columns of one stored sign-in the entity lists are counted from. */
export interface EntityRow {
  readonly createdAt: number;
  readonly outcome: SignInOutcome;
  readonly errorCode: number;
  readonly country: string | null;
  readonly city: string | null;
  readonly ipAddress: string | null;
  readonly appId: string | null;
  readonly appDisplayName: string | null;
  readonly userPrincipalName: string | null;
  readonly userDisplayName: string | null;
  readonly operatingSystem: string | null;
  readonly browser: string | null;
  readonly clientAppUsed: string | null;
  readonly conditionalAccessStatus: string | null;
}

export interface EntityFactsQuery extends EntityRef {
  /** The page's range [since, until), epoch ms. */
  readonly since: number;
  readonly until: number;
  /** At most this many rows (newest first) are counted into the lists. */
  readonly rowCap: number;
}

/** What the store answers for a summary (the lists within the range; new facts before `until`). */
export interface EntityFacts {
  readonly lists: Readonly<Record<FactList, readonly FactCount[]>>;
  readonly newFacts: readonly NewFact[];
  /** True when the range held more than `rowCap` rows: the lists count the newest `rowCap`. */
  readonly truncated: boolean;
}

/** First and last sign-in of the entity over all stored time, and the display name at the last one (null for IP addresses). */
export interface EntitySpan {
  readonly firstSeen: number;
  readonly lastSeen: number;
  readonly displayName: string | null;
}

/** The part of a store that answers entity pages (see ports.ts). */
export interface EntityStore {
  /** The lists of one entity's page, counted from its rows of the range (and the 37 days before `until` for new facts). */
  entityFacts(q: EntityFactsQuery): Promise<EntityFacts>;
  /** Null when the entity has no stored sign-in at all. */
  entitySpan(ref: EntityRef): Promise<EntitySpan | null>;
  /** The map's points: coordinates of the newest `docCap` documents of the range, grouped (collect-entity-points.ts). */
  entityPoints(q: EntityPointsQuery): Promise<EntityPoints>;
}
