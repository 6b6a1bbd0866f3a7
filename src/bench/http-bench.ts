/**
 * HTTP figures (autocannon on loopback, 10 connections, and 32 for the issue-16 row): requests/s
 * and p99 latency for a page
 * of 50 with two filters (the same two as the in-process list figures), and for a page reached
 * through a deep `$skiptoken` (100,000 rows in, or half the matching rows when fewer exist),
 * plus the first page with `$select` to show what document size costs. The load generator runs
 * in its own worker thread so it does not share the server's event loop.
 * Goal (PRODUCT.md): ≥ 3,000 req/s, p99 ≤ 50 ms. A temporary admin token is created for the
 * run and revoked afterwards.
 */
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import type { KeysetPosition, SignInStore } from '../core/ports.js';
import { createApiToken } from '../core/use-cases/create-api-token.js';
import { revokeApiToken } from '../core/use-cases/revoke-api-token.js';
import { parseListOptions, queryKey } from '../core/query/odata-options.js';
import { withDefaultPopulation } from '../core/query/odata-shape.js';
import { createSkipTokenCodec } from '../core/query/skip-token.js';
import { createApp } from '../http/app.js';
import { createHmacSigner, newRandomKey, nodeTokenCrypto } from '../node/node-crypto.js';
import { runServingBench, type ServingBenchOptions } from './serving-bench.js';

const FILTER = "signInEventTypes/any(t: t eq 'nonInteractiveUser') and outcome eq 'success'";
const TOP = 50;
const DEPTH = 100_000;
const SELECT = 'id,createdDateTime,userPrincipalName,appDisplayName,ipAddress,status';

/** The issue-16 row: 32 clients asking for 50-row pages of one error code. */
const CONCURRENT_FILTER = 'status/errorCode eq 50126';
const CONCURRENT_CLIENTS = 32;

const run = (url: string, headers: Record<string, string>, duration: number, connections = 10) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url, headers, connections, duration, workers: 1 }, (err, result) => (err ? reject(err) : resolve(result)));
  });

export interface HttpBenchOptions {
  readonly store: SignInStore;
  readonly durationSeconds: number;
  /** Also the serving scenarios of serving-bench.ts (paging, clients during exports and an import). */
  readonly serving?: Pick<ServingBenchOptions, 'importFile' | 'dir' | 'pagingCap'> | undefined;
}

export const runHttpBench = async (opts: HttpBenchOptions): Promise<Record<string, number>> => {
  const { store, durationSeconds } = opts;
  const clock = { now: () => new Date() };
  const key = newRandomKey();
  const { token, secret } = await createApiToken(
    { tokens: store, crypto: nodeTokenCrypto, clock },
    { name: `bench-${Date.now()}`, scopes: ['read'] },
  );
  const app = createApp({ store, rateLimitPerMinute: 1_000_000_000, skipTokenKey: key });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const headers = { authorization: `Bearer ${secret}` };
    const query = `$top=${TOP}&$filter=${encodeURIComponent(FILTER)}`;

    // Find the keyset position DEPTH rows into the filtered set, and mint the token nextLink would carry.
    const options = parseListOptions({ $top: String(TOP), $filter: FILTER }, 'beta');
    const filter = withDefaultPopulation(options.filter, 'beta');
    const matching = (await store.count(filter, DEPTH * 2)).count;
    const depth = Math.min(DEPTH, Math.floor(matching / 2));
    let after: KeysetPosition | undefined;
    for (let seen = 0; seen < depth; seen += 1000) {
      const page = await store.list({ filter, top: Math.min(1000, depth - seen), order: 'desc', after });
      if (!page.next) break;
      after = page.next;
    }

    const out: Record<string, number> = {};
    const first = await run(`${base}/beta/auditLogs/signIns?${query}`, headers, durationSeconds);
    out['page of 50, 2 filters: req/s (goal ≥ 3000)'] = first.requests.average;
    out['page of 50, 2 filters: p99 ms (goal ≤ 50)'] = first.latency.p99;
    out['page of 50, 2 filters: non-2xx'] = first.non2xx;
    // Two seconds of the same load first: the figure is the steady state of a running server
    // (workers loaded, caches warm), not its first second.
    await run(`${base}/beta/auditLogs/signIns?$top=${TOP}&$filter=${encodeURIComponent(CONCURRENT_FILTER)}`, headers, 2, CONCURRENT_CLIENTS);
    const many = await run(
      `${base}/beta/auditLogs/signIns?$top=${TOP}&$filter=${encodeURIComponent(CONCURRENT_FILTER)}`,
      headers,
      durationSeconds,
      CONCURRENT_CLIENTS,
    );
    out[`${CONCURRENT_CLIENTS} clients, page of 50, errorCode 50126: req/s`] = many.requests.average;
    out[`${CONCURRENT_CLIENTS} clients, page of 50, errorCode 50126: p99 ms (goal ≤ 50)`] = many.latency.p99;
    out[`${CONCURRENT_CLIENTS} clients, page of 50, errorCode 50126: max ms`] = many.latency.max;
    out[`${CONCURRENT_CLIENTS} clients, page of 50, errorCode 50126: errors + non-2xx (goal 0)`] = many.errors + many.timeouts + many.non2xx;
    // The same page with $select: shows how much of the cost is the size of full documents (~2.4 KB each).
    const lean = await run(`${base}/beta/auditLogs/signIns?${query}&$select=${SELECT}`, headers, durationSeconds);
    out['page of 50, 2 filters, $select of 6: req/s'] = lean.requests.average;
    out['page of 50, 2 filters, $select of 6: p99 ms'] = lean.latency.p99;
    if (after) {
      const skip = createSkipTokenCodec(createHmacSigner(key)).encode(after, 'desc', queryKey('beta', options));
      const deep = await run(`${base}/beta/auditLogs/signIns?${query}&$skiptoken=${encodeURIComponent(skip)}`, headers, durationSeconds);
      out[`$skiptoken ${depth} deep: req/s`] = deep.requests.average;
      out[`$skiptoken ${depth} deep: p99 ms`] = deep.latency.p99;
      out[`$skiptoken ${depth} deep: non-2xx`] = deep.non2xx;
    }
    if (opts.serving) Object.assign(out, await runServingBench({ base, headers, durationSeconds, ...opts.serving }));
    return out;
  } finally {
    await app.close();
    await revokeApiToken({ tokens: store, clock }, token.id).catch(() => undefined);
  }
};
