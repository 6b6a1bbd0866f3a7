/**
 * `POST /api/ingest`: log shippers push sign-ins here. Body: NDJSON (`application/x-ndjson`,
 * one Graph signIn per line) or JSON (`application/json`: an array, a Graph page or one
 * object), optionally `Content-Encoding: gzip` (or deflate, br). Needs a token with scope
 * `ingest`. Answers 200 with what was stored, what was already there (idempotent by id) and
 * each rejected record's line or index and field; `?strict=true` stores nothing when any record
 * is bad (400). Bodies over INGEST_BODY_LIMIT on the wire or INGEST_DECOMPRESSED_LIMIT
 * unpacked get a 413 that says the limit; decompression is streamed and stops at the limit.
 */
import type { Readable } from 'node:stream';
import type { FastifyError, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.js';
import { ingestSignIns, type IngestBodyKind } from '../../core/use-cases/ingest-sign-ins.js';
import { renderError } from '../error-envelope.js';
import { readIngestBody, unsupportedMedia } from '../ingest-body.js';
import type { RoutePlugin } from '../types.js';

export const INGEST_BODY_LIMIT = 16 * 1024 * 1024;
export const INGEST_DECOMPRESSED_LIMIT = 64 * 1024 * 1024;

const mib = (n: number) => `${n / 1024 / 1024} MiB`;

const NDJSON_TYPES = new Set(['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/jsonlines']);

const bodyKind = (header: string | undefined): IngestBodyKind => {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (NDJSON_TYPES.has(type)) return 'ndjson';
  if (type === 'application/json') return 'json';
  if (type === '' || type === 'text/plain') return 'auto';
  throw unsupportedMedia(`Content-Type ${type} is not accepted; send application/x-ndjson or application/json`);
};

export const ingestRoutes: RoutePlugin = async (app, ctx) => {
  // This scope reads every body as bytes: the encoding and the media type are decided here.
  app.removeAllContentTypeParsers();
  // Streamed: decompressed chunk by chunk, stopped at either limit (src/http/ingest-body.ts).
  app.addContentTypeParser('*', async (req: FastifyRequest, payload: Readable) => {
    bodyKind(req.headers['content-type']);
    return readIngestBody(payload, req.headers, { wire: INGEST_BODY_LIMIT, unpacked: INGEST_DECOMPRESSED_LIMIT });
  });
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
      const body = (Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)).toString('utf8');
      const strict = /^(true|1)$/i.test(String((req.query as Record<string, unknown> | undefined)?.strict ?? ''));
      const result = await ingestSignIns({ store: ctx.store, detector: ctx.detector }, { body, kind, strict });
      return reply.code(200).type('application/json; charset=utf-8').send(result);
    },
  );
};
