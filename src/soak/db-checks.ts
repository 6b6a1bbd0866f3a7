/**
 * What the fault tests check in a database after the damage: SQLite's own integrity check, the
 * number of sign-ins, and that no id is stored twice. PostgreSQL has no file to corrupt; its
 * check is the count and the duplicates.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { isPostgresUrl } from '../compose.js';

export interface DbState {
  readonly integrity: string;
  readonly rows: number;
  readonly distinctIds: number;
}

export const checkDatabase = async (db: string): Promise<DbState> => {
  if (isPostgresUrl(db)) {
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    try {
      const r = await client.query<{ n: string; d: string }>('SELECT count(*) AS n, count(DISTINCT id) AS d FROM sign_ins');
      return { integrity: 'ok', rows: Number(r.rows[0]?.n ?? 0), distinctIds: Number(r.rows[0]?.d ?? 0) };
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(db, { fileMustExist: true });
  try {
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const r = sqlite.prepare('SELECT count(*) AS n, count(DISTINCT id) AS d FROM sign_ins').get() as { n: number; d: number };
    return { integrity, rows: r.n, distinctIds: r.d };
  } finally {
    sqlite.close();
  }
};
