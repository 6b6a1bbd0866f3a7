/**
 * Count and summary queries shared by every engine (plain Kysely): the capped count and the
 * summary behind `stats`, the explain command and the error-code counts.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { CountResult, StoreSummary } from '../core/ports.js';
import { isoFromMillis } from '../core/model/time.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are addressed by name, as in the engines
type AnyDb = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the engines' compiled filter
type Where = (eb: any) => Expression<SqlBool>;

/** `table`: where the compiled filter's columns live (SQLite v2 counts on its fact table). */
export const countCapped = async (k: AnyDb, where: Where, cap: number, table = 'sign_ins'): Promise<CountResult> => {
  const inner = k.selectFrom(table).select(sql.lit(1).as('one')).where(where).limit(cap + 1);
  const r = (await k.selectFrom(inner.as('t')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()) as { n: number } | undefined;
  const n = Number(r?.n ?? 0);
  return { count: Math.min(n, cap), capped: n > cap };
};

export const summarizeSignIns = async (k: AnyDb, where: Where, topCodes = 10): Promise<StoreSummary> => {
  const base = () => k.selectFrom('sign_ins').where(where);
  const groups = async (col: string) =>
    ((await base()
      .select([sql.ref(col).as('key'), (eb) => eb.fn.countAll().as('count')])
      .groupBy(col)
      .orderBy('count', 'desc')
      .execute()) as { key: string; count: number }[]).map((r) => ({ key: String(r.key), count: Number(r.count) }));
  const [span, byOutcome, bySignInType, codes] = await Promise.all([
    base()
      .select((eb) => [eb.fn.min('created_at').as('first'), eb.fn.max('created_at').as('last'), eb.fn.countAll().as('total')])
      .executeTakeFirst() as Promise<{ first: number | null; last: number | null; total: number } | undefined>,
    groups('outcome'),
    groups('sign_in_type'),
    base()
      .where('error_code', '<>', 0)
      .select(['error_code', (eb) => eb.fn.countAll().as('count'), (eb) => eb.fn.max('failure_reason').as('reason')])
      .groupBy('error_code')
      .orderBy('count', 'desc')
      .limit(topCodes)
      .execute() as Promise<{ error_code: number; count: number; reason: string | null }[]>,
  ]);
  return {
    total: Number(span?.total ?? 0),
    byOutcome,
    bySignInType,
    topErrorCodes: codes.map((c) => ({ key: Number(c.error_code), count: Number(c.count), failureReason: c.reason })),
    first: span?.first != null ? isoFromMillis(Number(span.first)) : undefined,
    last: span?.last != null ? isoFromMillis(Number(span.last)) : undefined,
  };
};
