// The error-code routes: list with filters and bilingual search, stored counts, one code,
// unknown codes and bad parameters as Graph-style errors, auth required.
import { describe, expect, it } from 'vitest';
import { record, setup } from './helpers.js';
import { catalogEntries, findErrorCode } from '../../src/core/catalog/index.js';

const records = Array.from({ length: 50 }, (_, n) => record(n));
const stored50126 = records.filter((r) => r.status?.errorCode === 50126).length;

describe('GET /api/error-codes', () => {
  it('lists the whole catalog with stored counts', async () => {
    const { get } = await setup(records);
    const res = await get('/api/error-codes');
    expect(res.statusCode).toBe(200);
    const body = res.json() as { count: number; value: { code: number; signInCount: number }[] };
    expect(body.count).toBe(catalogEntries.length);
    expect(body.value.find((e) => e.code === 50126)?.signInCount).toBe(stored50126);
    expect(body.value.find((e) => e.code === 700016)?.signInCount).toBe(0);
  });

  it('filters by category, outcome and actor, and searches both languages', async () => {
    const { get } = await setup(records);
    const mfa = (await get('/api/error-codes?category=mfa&outcome=interrupted')).json() as { value: { category: string; outcome: string }[] };
    expect(mfa.value.length).toBeGreaterThan(0);
    expect(mfa.value.every((e) => e.category === 'mfa' && e.outcome === 'interrupted')).toBe(true);
    const byName = (await get('/api/error-codes?q=InvalidUserNameOrPassword')).json() as { value: { code: number }[] };
    expect(byName.value.map((e) => e.code)).toContain(50126);
    const ja = findErrorCode(50126)?.ja.title.slice(0, 6) ?? '';
    const byJa = (await get(`/api/error-codes?q=${encodeURIComponent(ja)}`)).json() as { value: { code: number }[] };
    expect(byJa.value.map((e) => e.code)).toContain(50126);
    const byCode = (await get('/api/error-codes?q=AADSTS7000218')).json() as { value: { code: number }[] };
    expect(byCode.value.map((e) => e.code)).toContain(7000218);
  });

  it('refuses an unknown category with a Graph-style 400', async () => {
    const { get } = await setup(records);
    const res = await get('/api/error-codes?category=nope');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'BadRequest', message: expect.stringContaining('category: expected one of') } });
  });

  it('needs a token', async () => {
    const { get } = await setup(records);
    expect((await get('/api/error-codes', {})).statusCode).toBe(401);
  });
});

describe('GET /api/error-codes/{code}', () => {
  it('returns one entry with its stored count', async () => {
    const { get } = await setup(records);
    const res = await get('/api/error-codes/50126');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: 50126, identifier: 'InvalidUserNameOrPassword', signInCount: stored50126 });
  });

  it('answers 404 for a code not in the catalog and 400 for a non-number', async () => {
    const { get } = await setup(records);
    const missing = await get('/api/error-codes/99999999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { message: 'error code 99999999 is not in the catalog' } });
    expect((await get('/api/error-codes/abc')).statusCode).toBe(400);
  });
});
