/**
 * Alerts, detection state and suppressions on either engine, through Kysely with engine-neutral
 * SQL (the tables of migration 0010 are the same on both). Every alert write takes the next
 * change sequence number (max + 1 under the write transaction; on PostgreSQL a table lock makes
 * concurrent writers take turns), so a notifier can follow "created or grown" durably.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { AlertChange, AlertPage, AlertQuery, AlertStats, AlertStore, DetectionStateRow, DetectionWrite } from '../core/ports.js';
import { ALERT_STATUSES, OPEN_STATUSES, type Alert, type Suppression } from '../core/detections/alert.js';
import { SEVERITIES } from '../core/detections/rule-schema.js';

/** The largest time ECMAScript dates hold (epoch ms): the bound an unbounded window is clamped to. */
const MAX_EPOCH_MS = 8.64e15;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are addressed by name on both engines
type AnyDb = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
type AnyTrx = Transaction<any>;

interface AlertRow {
  doc: string;
  change_seq?: number | string;
}

const CHUNK = 200;
const parse = (r: AlertRow): Alert => JSON.parse(r.doc) as Alert;

const chunks = <T>(list: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};

/** SQLite's own connection: state upserts run as one prepared statement per row (the hot path of imports). */
export interface RawStateWriter {
  prepare(sql: string): { run(...params: unknown[]): unknown };
}

const UPSERT_STATE = `
  INSERT INTO detection_state (rule_id, group_key, event_key, at, data) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (rule_id, group_key, event_key) DO UPDATE SET at = excluded.at, data = excluded.data
  WHERE excluded.at < detection_state.at OR (excluded.at = detection_state.at AND excluded.data < detection_state.data)`;

export const createAlertStore = (k: AnyDb, engine: 'sqlite' | 'postgres', raw?: RawStateWriter): AlertStore => {
  let upsertState: { run(...params: unknown[]): unknown } | undefined;
  const lock = async (trx: AnyTrx) => {
    if (engine === 'postgres') await sql`LOCK TABLE alerts IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
  };

  const putAlert = async (trx: AnyTrx, a: Alert): Promise<void> => {
    await sql`
      INSERT INTO alerts (id, rule_id, severity, status, entity_kind, entity_value, first_seen, last_seen, doc, change_seq)
      VALUES (${a.id}, ${a.ruleId}, ${a.severity}, ${a.status}, ${a.entity.kind}, ${a.entity.value},
        ${Date.parse(a.firstSeen)}, ${Date.parse(a.lastSeen)}, ${JSON.stringify(a)},
        (SELECT coalesce(max(change_seq), 0) + 1 FROM alerts))
      ON CONFLICT (id) DO UPDATE SET rule_id = excluded.rule_id, severity = excluded.severity, status = excluded.status,
        entity_kind = excluded.entity_kind, entity_value = excluded.entity_value, first_seen = excluded.first_seen,
        last_seen = excluded.last_seen, doc = excluded.doc, change_seq = excluded.change_seq
    `.execute(trx);
  };

  const putState = async (trx: AnyTrx, rows: readonly DetectionStateRow[]): Promise<void> => {
    if (raw) {
      // Same connection, inside the transaction Kysely opened.
      upsertState ??= raw.prepare(UPSERT_STATE);
      for (const r of rows) upsertState.run(r.ruleId, r.groupKey, r.key, r.at, r.data);
      return;
    }
    // One row per key per statement (PostgreSQL refuses to update a row twice in one statement);
    // the detector only sends a later copy of a key when it is earlier in time, so the last wins.
    // Ties in time go to the smaller data, which starts with the sign-in id (as in the detector).
    const unique = new Map<string, DetectionStateRow>();
    for (const r of rows) unique.set(`${r.ruleId}\u0000${r.groupKey}\u0000${r.key}`, r);
    for (const part of chunks([...unique.values()], CHUNK)) {
      const values = sql.join(part.map((r) => sql`(${r.ruleId}, ${r.groupKey}, ${r.key}, ${r.at}, ${r.data})`));
      await sql`
        INSERT INTO detection_state (rule_id, group_key, event_key, at, data) VALUES ${values}
        ON CONFLICT (rule_id, group_key, event_key) DO UPDATE SET at = excluded.at, data = excluded.data
        WHERE excluded.at < detection_state.at OR (excluded.at = detection_state.at AND excluded.data < detection_state.data)
      `.execute(trx);
    }
  };

  return {
    loadDetectionState: async () => {
      const rows = (await k.selectFrom('detection_state').select(['rule_id', 'group_key', 'event_key', 'at', 'data']).execute()) as {
        rule_id: string; group_key: string; event_key: string; at: number | string; data: string;
      }[];
      return rows.map((r) => ({ ruleId: r.rule_id, groupKey: r.group_key, key: r.event_key, at: Number(r.at), data: r.data }));
    },
    writeDetections: async (w: DetectionWrite) => {
      await k.transaction().execute(async (trx) => {
        if (w.state.length > 0) await putState(trx, w.state);
        for (const p of w.prune) {
          if (p.ruleIds.length > 0) await trx.deleteFrom('detection_state').where('rule_id', 'in', [...p.ruleIds]).where('at', '<', p.before).execute();
        }
        if (w.alerts.length > 0 || w.deleteAlerts.length > 0) await lock(trx);
        if (w.deleteAlerts.length > 0) await trx.deleteFrom('alerts').where('id', 'in', [...w.deleteAlerts]).execute();
        for (const a of w.alerts) await putAlert(trx, a);
      });
    },
    getAlerts: async (ids) => {
      const out: Alert[] = [];
      for (const part of chunks(ids, 500)) {
        out.push(...((await k.selectFrom('alerts').select('doc').where('id', 'in', part).execute()) as AlertRow[]).map(parse));
      }
      return out;
    },
    findAlerts: async (ruleId, entity, from, to) =>
      ((await k
        .selectFrom('alerts')
        .select('doc')
        .where('rule_id', '=', ruleId)
        .where('entity_kind', '=', entity.kind)
        .where('entity_value', '=', entity.value)
        // An unbounded window (first-seen rules) comes as ±Infinity: PostgreSQL's bigint takes no infinity.
        .where('first_seen', '<=', Math.min(to, MAX_EPOCH_MS))
        .where('last_seen', '>=', Math.max(from, -MAX_EPOCH_MS))
        .execute()) as AlertRow[]).map(parse),
    listAlerts: async (q: AlertQuery): Promise<AlertPage> => {
      let query = k.selectFrom('alerts').select(['doc', 'last_seen', 'id']);
      if (q.ruleId !== undefined) query = query.where('rule_id', '=', q.ruleId);
      if (q.severity !== undefined) query = query.where('severity', '=', q.severity);
      if (q.status !== undefined) query = query.where('status', '=', q.status);
      if (q.entityKind !== undefined) query = query.where('entity_kind', '=', q.entityKind);
      if (q.entityValue !== undefined) query = query.where('entity_value', '=', q.entityValue);
      if (q.since !== undefined) query = query.where('last_seen', '>=', q.since);
      if (q.until !== undefined) query = query.where('first_seen', '<=', q.until);
      const after = q.after;
      if (after) {
        query = query.where((eb) => eb.or([eb('last_seen', '<', after.lastSeen), eb.and([eb('last_seen', '=', after.lastSeen), eb('id', '<', after.id)])]));
      }
      const rows = (await query.orderBy('last_seen', 'desc').orderBy('id', 'desc').limit(q.top + 1).execute()) as (AlertRow & { last_seen: number | string; id: string })[];
      const page = rows.slice(0, q.top);
      const last = page[page.length - 1];
      return { items: page.map(parse), next: rows.length > q.top && last ? { lastSeen: Number(last.last_seen), id: last.id } : undefined };
    },
    alertStats: async (): Promise<AlertStats> => {
      const rows = (await k
        .selectFrom('alerts')
        .select(['status', 'severity', 'rule_id', (eb) => eb.fn.countAll().as('n')])
        .groupBy(['status', 'severity', 'rule_id'])
        .execute()) as { status: string; severity: string; rule_id: string; n: number | string }[];
      const byStatus = Object.fromEntries(ALERT_STATUSES.map((s) => [s, 0])) as Record<string, number>;
      const openBySeverity = Object.fromEntries([...SEVERITIES].reverse().map((s) => [s, 0])) as Record<string, number>;
      const openByRule: Record<string, number> = {};
      for (const r of rows) {
        const n = Number(r.n);
        byStatus[r.status] = (byStatus[r.status] ?? 0) + n;
        if (!(OPEN_STATUSES as readonly string[]).includes(r.status)) continue;
        openBySeverity[r.severity] = (openBySeverity[r.severity] ?? 0) + n;
        openByRule[r.rule_id] = (openByRule[r.rule_id] ?? 0) + n;
      }
      return { byStatus, openBySeverity, openByRule } as unknown as AlertStats;
    },
    saveAlert: async (a) =>
      k.transaction().execute(async (trx) => {
        await lock(trx);
        const had = await trx.selectFrom('alerts').select('id').where('id', '=', a.id).executeTakeFirst();
        if (!had) return false;
        await putAlert(trx, a);
        return true;
      }),
    addSuppression: async (s: Suppression) => {
      await sql`
        INSERT INTO alert_suppressions (rule_id, entity_kind, entity_value, until, doc)
        VALUES (${s.ruleId}, ${s.entity.kind}, ${s.entity.value}, ${s.until}, ${JSON.stringify(s)})
        ON CONFLICT (rule_id, entity_kind, entity_value) DO UPDATE SET until = excluded.until, doc = excluded.doc
      `.execute(k);
    },
    listSuppressions: async (at) =>
      ((await k.selectFrom('alert_suppressions').select('doc').where('until', '>', at).execute()) as { doc: string }[]).map(
        (r) => JSON.parse(r.doc) as Suppression,
      ),
    listAlertChanges: async (afterSeq, limit): Promise<AlertChange[]> =>
      ((await k
        .selectFrom('alerts')
        .select(['doc', 'change_seq'])
        .where('change_seq', '>', afterSeq)
        .orderBy('change_seq')
        .limit(limit)
        .execute()) as AlertRow[]).map((r) => ({ seq: Number(r.change_seq), alert: parse(r) })),
  };
};
