/**
 * One entity's rows and span in engine-neutral Kysely over the `sign_ins` relation: what
 * PostgreSQL runs (SQLite reads its star schema directly, sqlite-entities.ts; the entity
 * contract holds both to the same answers). Every query is bounded by the entity's own index:
 * `(user_principal_name | ip_address, created_at)` and the `(app_id, created_at)` index of
 * migration 0012. Rows are counted into lists where they are read (count-entity-rows.ts).
 */
import type { Kysely } from 'kysely';
import type { SignInOutcome } from '../../core/catalog/classify.js';
import { countEntityRows, NEW_LOOKBACK_MS, NEW_WINDOW_MS } from '../../core/entities/count-entity-rows.js';
import type { EntityFacts, EntityFactsQuery, EntityRef, EntityRow, EntitySpan } from '../../core/entities/entity-types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are addressed through the fixed column tables
type AnyDb = Kysely<any>;

/** The column an entity is found by; keys arrive normalised (entity-key.ts). */
export const ENTITY_COLUMN = { user: 'user_principal_name', ip: 'ip_address', app: 'app_id' } as const;

const ROW_COLUMNS = [
  'created_at', 'outcome', 'error_code', 'country', 'city', 'ip_address', 'app_id', 'app_display_name',
  'user_principal_name', 'user_display_name', 'operating_system', 'browser', 'client_app_used', 'conditional_access_status',
] as const;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

const toRow = (r: Record<string, unknown>): EntityRow => ({
  createdAt: Number(r.created_at),
  outcome: String(r.outcome) as SignInOutcome,
  errorCode: Number(r.error_code),
  country: str(r.country),
  city: str(r.city),
  ipAddress: str(r.ip_address),
  appId: str(r.app_id),
  appDisplayName: str(r.app_display_name),
  userPrincipalName: str(r.user_principal_name),
  userDisplayName: str(r.user_display_name),
  operatingSystem: str(r.operating_system),
  browser: str(r.browser),
  clientAppUsed: str(r.client_app_used),
  conditionalAccessStatus: str(r.conditional_access_status),
});

/**
 * The entity's rows from the earlier of `since` and the new-facts look-back up to `until`,
 * newest first, at most `rowCap` (+1 to tell that more exist), counted into the lists.
 */
export const runEntityFacts = async (db: AnyDb, q: EntityFactsQuery): Promise<EntityFacts> => {
  const from = Math.min(q.since, q.until - NEW_WINDOW_MS - NEW_LOOKBACK_MS);
  const rows = (await db
    .selectFrom('sign_ins')
    .select([...ROW_COLUMNS])
    .where(ENTITY_COLUMN[q.kind], '=', q.key)
    .where('created_at', '>=', from)
    .where('created_at', '<', q.until)
    .orderBy('created_at', 'desc')
    .limit(q.rowCap + 1)
    .execute()) as Record<string, unknown>[];
  const truncated = rows.length > q.rowCap;
  return countEntityRows(q.kind, (truncated ? rows.slice(0, q.rowCap) : rows).map(toRow), q, truncated);
};

/** First and last sign-in over all time (min/max on the entity's index) and the newest display name. */
export const runEntitySpan = async (db: AnyDb, ref: EntityRef): Promise<EntitySpan | null> => {
  const col = ENTITY_COLUMN[ref.kind];
  const span = (await db
    .selectFrom('sign_ins')
    .select((eb) => [eb.fn.min('created_at').as('lo'), eb.fn.max('created_at').as('hi')])
    .where(col, '=', ref.key)
    .executeTakeFirst()) as { lo: unknown; hi: unknown } | undefined;
  if (!span || span.lo === null || span.lo === undefined) return null;
  const lastSeen = Number(span.hi);
  let displayName: string | null = null;
  if (ref.kind !== 'ip') {
    const name = ref.kind === 'user' ? 'user_display_name' : 'app_display_name';
    const rows = (await db
      .selectFrom('sign_ins')
      .select([name])
      .where(col, '=', ref.key)
      .where('created_at', '=', lastSeen)
      .where(name, 'is not', null)
      .execute()) as Record<string, unknown>[];
    // Several sign-ins at the last instant: the first name in code-unit order (not the
    // database's collation), as on every engine.
    displayName = rows.map((r) => String(r[name])).sort()[0] ?? null;
  }
  return { firstSeen: Number(span.lo), lastSeen, displayName };
};
