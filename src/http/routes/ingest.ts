/**
 * `POST /api/ingest`: log shippers push sign-ins here. Body: NDJSON (`application/x-ndjson`,
 * one Graph signIn per line) or JSON (`application/json`: an array, a Graph page or one
 * object), optionally `Content-Encoding: gzip` (or deflate, br). Needs a token with scope
 * `ingest`. Answers 200 with what was stored, what was already there (idempotent by id) and
 * each rejected record's line or index and field; `?strict=true` stores nothing when any record
 * is bad (400). Bodies over INGEST_BODY_LIMIT on the wire or INGEST_DECOMPRESSED_LIMIT
 * unpacked get a 413 that says the limit.
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { FastifyError } from 'fastify';
import { AppError } from '../../core/errors.js';
import { ingestSignIns, type IngestBodyKind } from '../../core/use-cases/ingest-sign-ins.js';
import { renderError } from '../error-envelope.js';
import type { RoutePlugin } from '../types.js';

export const INGEST_BODY_LIMIT = 16 * 1024 * 1024;
export const INGEST_DECOMPRESSED_LIMIT = 64 * 1024 * 1024;

const mib = (n: number) => `${n / 1024 / 1024} MiB`;

const NDJSON_TYPES = new Set(['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/jsonlines']);

const unsupported = (message: string): FastifyError =>
  Object.assign(new Error(message), { statusCode: 415, code: 'UnsupportedMediaType', name: 'FastifyError' }) as FastifyError;

const bodyKind = (header: string | undefined): IngestBodyKind => {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (NDJSON_TYPES.has(type)) return 'ndjson';
  if (type === 'application/json') return 'json';
  if (type === '' || type === 'text/plain') return 'auto';
  throw unsupported(`Content-Type ${type} is not accepted; send application/x-ndjson or application/json`);
};

const decode = (body: Buffer, encoding: string | undefined): Buffer => {
  const enc = (encoding ?? 'identity').trim().toLowerCase();
  const opts = { maxOutputLength: INGEST_DECOMPRESSED_LIMIT };
  try {
    if (enc === 'identity' || enc === '') return body;
    if (enc === 'gzip' || enc === 'x-gzip') return gunzipSync(body, opts);
    if (enc === 'deflate') return inflateSync(body, opts);
    if (enc === 'br') return brotliDecompressSync(body, opts);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      throw new AppError('PayloadTooLarge', `The request body unpacks to more than ${mib(INGEST_DECOMPRESSED_LIMIT)}; send smaller batches`);
    }
    throw new AppError('BadRequest', `The request body is not valid ${enc} data: ${(e as Error).message}`);
  }
  throw unsupported(`Content-Encoding ${enc} is not accepted; use gzip, deflate, br or none`);
};

export const ingestRoutes: RoutePlugin = async (app, ctx) => {
  // This scope reads every body as bytes: the encoding and the media type are decided here.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: INGEST_BODY_LIMIT }, (_req, body, done) => done(null, body));
  app.setErrorHandler((err, req, reply) =>
    renderError(
      (err as FastifyError).code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? new AppError('PayloadTooLarge', `The request body is larger than ${mib(INGEST_BODY_LIMIT)}; send smaller batches (gzip helps)`)
        : err,
      req,
      reply,
    ),
  );
  app.post(
    '/api/ingest',
    {
      bodyLimit: INGEST_BODY_LIMIT,
      schema: {
        summary: 'Push sign-ins (NDJSON or JSON, gzip accepted)',
        description:
          'Stores Graph signIn records; idempotent by id. Responds with received, stored, duplicates, rejected and, for each ' +
          'rejected record, its line (NDJSON) or index (JSON) and the fields at fault. ?strict=true stores nothing if any record is bad.',
        tags: ['Ingest'],
      },
      config: { scope: 'ingest', openapi: { query: [{ name: 'strict', description: 'true: all or nothing', schema: { type: 'boolean' } }] } },
    },
    async (req, reply) => {
      const kind = bodyKind(req.headers['content-type']);
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const encoding = req.headers['content-encoding'];
      const body = decode(raw, Array.isArray(encoding) ? encoding.join(',') : encoding).toString('utf8');
      const strict = /^(true|1)$/i.test(String((req.query as Record<string, unknown> | undefined)?.strict ?? ''));
      const result = await ingestSignIns({ store: ctx.store }, { body, kind, strict });
      return reply.code(200).type('application/json; charset=utf-8').send(result);
    },
  );
};
