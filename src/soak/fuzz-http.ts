/**
 * Fuzz soak of the HTTP API, in process: malformed query parameters for every route and every
 * parameter the OpenAPI document names (plus unknown ones), malformed path values, and malformed
 * `POST /api/ingest` bodies (damaged NDJSON and JSON, random bytes, broken gzip, odd types).
 * Every answer must be below 500 and, when it is an error, Graph's envelope with a message.
 */
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import type { SignInStore } from '../core/ports.js';
import { createDemoGenerator } from '../core/demo/generator.js';
import { prepareSignIn } from '../core/model/sign-in-row.js';
import { createApiToken } from '../core/use-cases/create-api-token.js';
import { createApp } from '../http/app.js';
import { nodeTokenCrypto } from '../node/node-crypto.js';
import { createSqliteStore } from '../storage/sqlite/sqlite-store.js';
import { mutateText, randomBytes } from './mutate.js';
import { seededRandom } from './random.js';

export interface FuzzHttpResult {
  readonly routeCases: number;
  readonly ingestCases: number;
  readonly routes: number;
  readonly parameters: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly failures: readonly string[];
}

interface OpenApiDoc {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
}

const VALUES = ["userPrincipalName eq 'a@b.c'", 'errorCode', 'day', 'Asia/Tokyo', '30d', '2025-01-01T00:00:00Z', '10', '0', '-1', '1001', 'true', 'csv', 'scan', 'createdDateTime asc', 'id,status', '50126'];

const encode = (s: string): string => {
  try {
    return encodeURIComponent(s);
  } catch {
    return escape(s); // lone surrogates
  }
};

export const runFuzzHttp = async (o: { routeCases: number; ingestCases: number; seed?: number }): Promise<FuzzHttpResult> => {
  const random = seededRandom(o.seed ?? 41);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const store: SignInStore = createSqliteStore({ file: ':memory:' });
  await store.migrate();
  const docs = [...createDemoGenerator({ count: 200, seed: 7, days: 3, end: new Date('2025-06-30T00:00:00Z') })];
  await store.upsert(docs.map((d) => prepareSignIn(d)));
  const clock = { now: () => new Date() };
  const { secret } = await createApiToken({ tokens: store, crypto: nodeTokenCrypto, clock }, { name: 'fuzz', scopes: ['admin'] });
  const app: FastifyInstance = createApp({ store, rateLimitPerMinute: 1_000_000_000, ...(process.env.FUZZ_DEBUG ? { logger: (await import('pino')).pino({ level: 'error' }) } : {}) });
  const auth = { authorization: `Bearer ${secret}` };
  const byStatus: Record<string, number> = {};
  const failures: string[] = [];

  const check = async (method: 'GET' | 'POST', url: string, payload?: string | Buffer, headers: Record<string, string> = {}) => {
    const r = await app.inject({ method, url, payload, headers: { ...auth, ...headers } });
    byStatus[r.statusCode] = (byStatus[r.statusCode] ?? 0) + 1;
    let ok = r.statusCode < 500;
    if (ok && r.statusCode >= 400) {
      try {
        const e = (JSON.parse(r.body) as { error?: { code?: string; message?: string } }).error;
        ok = typeof e?.code === 'string' && typeof e.message === 'string' && e.message !== '';
      } catch {
        ok = false;
      }
    }
    if (!ok && failures.length < 20) failures.push(`${method} ${url.slice(0, 300)} → ${r.statusCode} ${r.body.slice(0, 300)}`);
  };

  try {
    const doc = JSON.parse((await app.inject({ method: 'GET', url: '/openapi.json' })).body) as OpenApiDoc;
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([m]) => m === 'get')
        .map(([, op]) => ({ path, query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name) })),
    );
    const ids = docs.slice(0, 5).map((d) => d.id);
    for (let i = 0; i < o.routeCases; i++) {
      const route = pick(routes);
      const path = route.path.replace(/\{[^}]+\}/g, () => encode(random() < 0.5 ? pick(ids) : mutateText(pick([...ids, '50126', 'x']), random)));
      const names = [...route.query, 'unknown', '$skip', '__proto__'];
      const params: string[] = [];
      for (let k = Math.floor(random() * 4); k >= 0; k--) {
        const name = pick(names);
        const value = random() < 0.3 ? pick(VALUES) : mutateText(pick(VALUES), random);
        params.push(`${encode(name)}=${random() < 0.05 ? '%E0%A4%A' : encode(value)}`);
      }
      await check('GET', `${path}?${params.join('&')}`);
    }
    const lines = docs.slice(0, 20).map((d) => JSON.stringify(d));
    const ndjson = lines.join('\n');
    const array = `[${lines.join(',')}]`;
    const types = ['application/x-ndjson', 'application/json', 'text/plain', '', 'text/csv', 'application/json; charset=latin1'];
    for (let i = 0; i < o.ingestCases; i++) {
      const kind = Math.floor(random() * 4);
      const text = kind === 0 ? mutateText(ndjson, random) : kind === 1 ? mutateText(array, random) : '';
      const body = kind === 2 ? Buffer.from(randomBytes(random, pick(['', '{', '[', '\u001f\u008b']))) : kind === 3 ? gzipSync(mutateText(ndjson, random)).subarray(0, Math.floor(random() * 400)) : text;
      const headers: Record<string, string> = { 'content-type': pick(types) };
      if (kind === 3 || random() < 0.05) headers['content-encoding'] = pick(['gzip', 'deflate', 'br', 'compress', 'identity']);
      await check('POST', random() < 0.1 ? '/api/ingest?strict=true' : '/api/ingest', body, headers);
    }
    return {
      routeCases: o.routeCases,
      ingestCases: o.ingestCases,
      routes: routes.length,
      parameters: routes.reduce((a, r) => a + r.query.length, 0),
      byStatus,
      failures,
    };
  } finally {
    await app.close();
    await store.close();
  }
};
