// The engine-neutral limits of the HTTP layer: a store that never answers (as a stuck PostgreSQL
// query would) still gets a 504 in Graph's envelope shortly after the time budget, and export
// slots count per token and overall and come back when released.
import { describe, expect, it } from 'vitest';
import { AppError, isAppError } from '../../src/core/errors.js';
import { createApp } from '../../src/http/app.js';
import { createExportSlots } from '../../src/http/work-limits.js';
import { makeToken, openStore, record } from './helpers.js';

describe('HTTP work limits', () => {
  it('answers 504 GatewayTimeout when the store hangs past the budget', async () => {
    const store = await openStore([record(1)]);
    const secret = await makeToken(store, 'r', ['read']);
    const hanging = { ...store, list: () => new Promise<never>(() => undefined) };
    const app = createApp({ store: hanging, limits: { queryTimeoutMs: 200 } });
    const started = Date.now();
    const r = await app.inject({ method: 'GET', url: '/beta/auditLogs/signIns', headers: { authorization: `Bearer ${secret}` } });
    expect(r.statusCode).toBe(504);
    expect(Date.now() - started).toBeLessThan(5000);
    const body = r.json<{ error: { code: string; innerError: { code: string } } }>();
    expect(body.error.code).toBe('GatewayTimeout');
    expect(body.error.innerError.code).toBe('QueryTimeout');
    await app.close();
  });

  it('counts export slots per owner and overall, and frees them once', () => {
    const slots = createExportSlots({ exportsPerToken: 1, exportsTotal: 2 });
    const a = slots.acquire('a');
    const refused = (() => {
      try {
        slots.acquire('a');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isAppError(refused) && refused.code).toBe('TooManyRequests');
    expect((refused as AppError).retryAfterSeconds).toBeGreaterThan(0);
    const b = slots.acquire('b');
    expect(() => slots.acquire('c')).toThrow(/server already runs 2 exports/);
    a();
    a(); // a second release of the same slot changes nothing
    expect(slots.running()).toBe(1);
    const c = slots.acquire('c');
    expect(() => slots.acquire('d')).toThrow(AppError);
    b();
    c();
    expect(slots.running()).toBe(0);
  });
});
