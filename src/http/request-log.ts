/**
 * One log line per request, written with personal data in mind. Sign-in logs are personal data,
 * and request URLs carry it (`$filter=userPrincipalName eq '...'`, IP addresses, sign-in ids in
 * paths), so at `info` a line holds only: method, route *pattern* (`/beta/auditLogs/signIns/:id`,
 * never the path), status, time, the token's *name* and a keyed hash of the query string — equal
 * hashes mean equal queries, which is enough to spot a hot or failing query without the values.
 * The full URL and the client address are logged at `debug` only. Fastify's own request logging
 * (which logs URLs) is switched off in `createApp`.
 */
import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** Hex length of the query hash: 64 bits, plenty to tell queries apart in a log. */
const HASH_HEX = 16;

export const createQueryHasher = (key: string) => (query: string): string =>
  createHmac('sha256', `${key}:request-log`).update(query, 'utf8').digest('hex').slice(0, HASH_HEX);

export const installRequestLog = (app: FastifyInstance, key: string): void => {
  const hashQuery = createQueryHasher(key);
  app.addHook('onResponse', async (req, reply) => {
    const q = req.url.indexOf('?');
    const query = q === -1 ? '' : req.url.slice(q + 1);
    req.log.info(
      {
        method: req.method,
        route: req.is404 ? '(unmatched)' : (req.routeOptions.url ?? '(unmatched)'),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        ...(req.token ? { token: req.token.name } : {}),
        ...(query !== '' ? { queryHash: hashQuery(query) } : {}),
      },
      'request completed',
    );
    req.log.debug({ url: req.url, remoteAddress: req.ip }, 'request detail');
  });
};
