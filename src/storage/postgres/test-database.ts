/**
 * Fresh databases for tests on one PostgreSQL server: each call clones a migrated template
 * (CREATE DATABASE ... TEMPLATE, much faster than migrating every time) and returns its URL.
 * The template is built once per process; `dropAll` removes what this process created.
 */
import pg from 'pg';
import { createPostgresStore } from './postgres-store.js';

export interface TestDatabases {
  /** A new, migrated, empty database. */
  create(): Promise<string>;
  dropAll(): Promise<void>;
}

const withDatabase = (url: string, name: string): string => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

export const createTestDatabases = (adminUrl: string, prefix = 'signin_test'): TestDatabases => {
  const tag = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const template = `${tag}_tpl`;
  const created: string[] = [];
  let n = 0;
  let ready: Promise<void> | undefined;

  const admin = async <T>(f: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      return await f(c);
    } finally {
      await c.end();
    }
  };

  const buildTemplate = async () => {
    await admin((c) => c.query(`CREATE DATABASE ${template}`));
    created.push(template);
    const store = await createPostgresStore(withDatabase(adminUrl, template), { poolSize: 1 });
    try {
      await store.migrate();
    } finally {
      await store.close();
    }
  };

  return {
    create: async () => {
      ready ??= buildTemplate();
      await ready;
      const name = `${tag}_${n++}`;
      await admin(async (c) => {
        // A backend that just disconnected from the template may still be exiting (55006).
        for (let attempt = 0; ; attempt++) {
          try {
            await c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
            return;
          } catch (e) {
            if ((e as { code?: string }).code !== '55006' || attempt >= 50) throw e;
            await new Promise((r) => setTimeout(r, 20));
          }
        }
      });
      created.push(name);
      return withDatabase(adminUrl, name);
    },
    dropAll: async () => {
      await admin(async (c) => {
        for (const name of created.reverse()) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
      created.length = 0;
    },
  };
};
