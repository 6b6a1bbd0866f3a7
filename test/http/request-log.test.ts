// Request logs: at info a line has the route pattern, status, time, token name and a query hash,
// never filter values, user names, IP addresses, sign-in ids or the token; at debug the URL.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { makeToken, openStore, record } from './helpers.js';

const run = async (level: 'info' | 'debug') => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _e, cb) {
      for (const l of chunk.toString('utf8').split('\n')) if (l.trim() !== '') lines.push(JSON.parse(l) as Record<string, unknown>);
      cb();
    },
  });
  const store = await openStore([record(1)]);
  const secret = await makeToken(store, 'grafana-reader', ['read']);
  const app = createApp({ store, logger: pino({ level }, sink), skipTokenKey: 'k' });
  const auth = { authorization: `Bearer ${secret}` };
  const filter = encodeURIComponent("userPrincipalName eq 'alice.secret@contoso.com' and ipAddress eq '198.51.100.77'");
  const a = await app.inject({ method: 'GET', url: `/beta/auditLogs/signIns?$filter=${filter}`, headers: auth });
  const b = await app.inject({ method: 'GET', url: `/beta/auditLogs/signIns?$filter=${filter}`, headers: auth });
  const c = await app.inject({ method: 'GET', url: `/beta/auditLogs/signIns/${record(1).id}`, headers: auth });
  const d = await app.inject({ method: 'GET', url: '/beta/auditLogs/signIns?$filter=bogus', headers: { authorization: 'Bearer sr_wrong-token-value' } });
  expect([a.statusCode, b.statusCode, c.statusCode, d.statusCode]).toEqual([200, 200, 200, 401]);
  await app.close();
  await store.close();
  return { lines, secret, text: lines.map((l) => JSON.stringify(l)).join('\n') };
};

const PERSONAL = ['alice.secret', '198.51.100.77', record(1).id, 'sr_wrong-token-value', 'bogus'];

describe('request logs', () => {
  it('info: route, status, time, token name and query hash only', async () => {
    const { lines, secret, text } = await run('info');
    const done = lines.filter((l) => l.msg === 'request completed');
    expect(done).toHaveLength(4);
    expect(done[0]).toMatchObject({ level: 30, method: 'GET', route: '/beta/auditLogs/signIns', status: 200, token: 'grafana-reader', queryHash: expect.stringMatching(/^[0-9a-f]{16}$/), reqId: expect.any(String) });
    expect(typeof done[0]?.ms).toBe('number');
    // The same query gives the same hash, so repeated queries can be told apart without values.
    expect(done[1]?.queryHash).toBe(done[0]?.queryHash);
    expect(done[2]).toMatchObject({ route: '/beta/auditLogs/signIns/:id', status: 200 });
    expect(done[3]).toMatchObject({ status: 401 });
    expect(done[3]).not.toHaveProperty('token');
    for (const s of [...PERSONAL, secret]) expect(text).not.toContain(s);
  });

  it('debug: the full URL as well', async () => {
    const { lines, secret } = await run('debug');
    const detail = lines.filter((l) => l.msg === 'request detail').map((l) => String(l.url));
    expect(detail.some((u) => u.includes('alice.secret'))).toBe(true);
    expect(JSON.stringify(lines)).not.toContain(secret);
  });
});
