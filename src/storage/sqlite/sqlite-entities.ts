/**
 * The entity reads on SQLite's star schema, without the `sign_ins` view: the entity's dimension
 * keys come from the dimension's unique index (`d_user`, `d_ip`, `d_app`), its rows from the
 * fact table's `(key, created_at)` index as plain integers, and their values from the cached
 * dimension rows (a page touches few distinct keys). Six to ten times faster than the same
 * query through the view, which joins every dimension row by row.
 */
import type Database from 'better-sqlite3';
import type { SignInOutcome } from '../../core/catalog/classify.js';
import { countEntityRows, NEW_LOOKBACK_MS, NEW_WINDOW_MS } from '../../core/entities/count-entity-rows.js';
import type { EntityFacts, EntityFactsQuery, EntityKind, EntityRef, EntityRow, EntitySpan, EntityStore } from '../../core/entities/entity-types.js';
import type { DimensionValues } from './dimensions.js';
import { DIMENSIONS, enumValue, type Dimension } from './fact-schema.js';

const dim = (table: string): Dimension => DIMENSIONS.find((d) => d.table === table) as Dimension;
const USER = dim('d_user');
const APP = dim('d_app');
const IP = dim('d_ip');
const LOCATION = dim('d_location');
const DEVICE = dim('d_device');
const MISC = dim('d_misc');

/** Where each kind's key lives: its dimension and the column of it that names the entity. */
const ENTITY_DIMENSION: Readonly<Record<EntityKind, { readonly d: Dimension; readonly column: string }>> = {
  user: { d: USER, column: 'user_principal_name' },
  ip: { d: IP, column: 'ip_address' },
  app: { d: APP, column: 'app_id' },
};

/** Position of a logical column in its dimension's value tuple. */
const at = (d: Dimension, c: Dimension['columns'][number]): number => d.columns.indexOf(c);
const I = {
  upn: at(USER, 'userPrincipalName'), userName: at(USER, 'userDisplayName'),
  appId: at(APP, 'appId'), appName: at(APP, 'appDisplayName'),
  country: at(LOCATION, 'country'), city: at(LOCATION, 'city'),
  browser: at(DEVICE, 'browser'), os: at(DEVICE, 'operatingSystem'),
  clientApp: at(MISC, 'clientAppUsed'), ca: at(MISC, 'conditionalAccessStatus'),
};

type Value = string | number | boolean | null;
const text = (v: Value | undefined): string | null => (v === null || v === undefined ? null : String(v));

export const createSqliteEntityReads = (db: Database.Database, values: () => DimensionValues): Pick<EntityStore, 'entityFacts' | 'entitySpan'> => {
  const keyStatements = new Map<EntityKind, Database.Statement>();
  const keysOf = (ref: EntityRef): number[] => {
    let s = keyStatements.get(ref.kind);
    if (!s) {
      const { d, column } = ENTITY_DIMENSION[ref.kind];
      keyStatements.set(ref.kind, (s = db.prepare(`SELECT k FROM ${d.table} WHERE ${column} = ?`).pluck()));
    }
    return s.all(ref.key) as number[];
  };
  const fk = (kind: EntityKind) => ENTITY_DIMENSION[kind].d.fk;
  const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

  const entityFacts = async (q: EntityFactsQuery): Promise<EntityFacts> => {
    const keys = keysOf(q);
    const from = Math.min(q.since, q.until - NEW_WINDOW_MS - NEW_LOOKBACK_MS);
    const raw = keys.length === 0 ? [] : (db
      .prepare(
        `SELECT created_at, outcome, error_code, ${USER.fk}, ${APP.fk}, ${IP.fk}, ${LOCATION.fk}, ${DEVICE.fk}, ${MISC.fk}
           FROM sign_in_facts WHERE ${fk(q.kind)} IN (${marks(keys.length)}) AND created_at >= ? AND created_at < ?
          ORDER BY created_at DESC LIMIT ?`,
      )
      .raw()
      .all(...keys, from, q.until, q.rowCap + 1) as number[][]);
    const truncated = raw.length > q.rowCap;
    const v = values();
    const rows = (truncated ? raw.slice(0, q.rowCap) : raw).map((r): EntityRow => {
      const [createdAt, outcome, errorCode, userK, appK, ipK, locationK, deviceK, miscK] = r as [number, number, number, number, number, number, number, number, number];
      const user = v.valuesOf(USER, userK);
      const app = v.valuesOf(APP, appK);
      const location = v.valuesOf(LOCATION, locationK);
      const device = v.valuesOf(DEVICE, deviceK);
      const misc = v.valuesOf(MISC, miscK);
      return {
        createdAt,
        outcome: enumValue('outcome', outcome) as SignInOutcome,
        errorCode,
        country: text(location[I.country]),
        city: text(location[I.city]),
        ipAddress: text(v.valuesOf(IP, ipK)[0]),
        appId: text(app[I.appId]),
        appDisplayName: text(app[I.appName]),
        userPrincipalName: text(user[I.upn]),
        userDisplayName: text(user[I.userName]),
        operatingSystem: text(device[I.os]),
        browser: text(device[I.browser]),
        clientAppUsed: text(misc[I.clientApp]),
        conditionalAccessStatus: text(misc[I.ca]),
      };
    });
    return countEntityRows(q.kind, rows, q, truncated);
  };

  const entitySpan = async (ref: EntityRef): Promise<EntitySpan | null> => {
    const keys = keysOf(ref);
    const col = fk(ref.kind);
    // One seek per key and end: min/max alone would not use the index's order with IN.
    const first = db.prepare(`SELECT created_at FROM sign_in_facts WHERE ${col} = ? ORDER BY created_at ASC LIMIT 1`).pluck();
    const last = db.prepare(`SELECT created_at FROM sign_in_facts WHERE ${col} = ? ORDER BY created_at DESC LIMIT 1`).pluck();
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const k of keys) {
      const a = first.get(k) as number | undefined;
      const b = last.get(k) as number | undefined;
      if (a !== undefined) lo = Math.min(lo, a);
      if (b !== undefined) hi = Math.max(hi, b);
    }
    if (!Number.isFinite(lo)) return null;
    let displayName: string | null = null;
    if (ref.kind !== 'ip') {
      const d = ref.kind === 'user' ? USER : APP;
      const idx = ref.kind === 'user' ? I.userName : I.appName;
      const atLast = db.prepare(`SELECT ${d.fk} FROM sign_in_facts WHERE ${col} IN (${marks(keys.length)}) AND created_at = ?`).pluck().all(...keys, hi) as number[];
      // Several sign-ins at the last instant: the first name in code-unit order, as on every engine.
      const names = atLast.map((k) => text(values().valuesOf(d, k)[idx])).filter((n): n is string => n !== null).sort();
      displayName = names[0] ?? null;
    }
    return { firstSeen: lo, lastSeen: hi, displayName };
  };

  return { entityFacts, entitySpan };
};
