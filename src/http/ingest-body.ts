/**
 * Reads a `POST /api/ingest` body as a stream: counts the bytes on the wire, decompresses
 * (gzip, deflate, br) chunk by chunk and stops as soon as either limit is passed, so neither a
 * large body nor a compression bomb is ever held whole or unpacked synchronously on the event
 * loop. Errors are typed: 413 for a limit, 400 for broken compressed data, 415 for an encoding
 * we do not read.
 */
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { FastifyError } from 'fastify';
import { AppError } from '../core/errors.js';

export interface IngestBodyLimits {
  /** Bytes as sent (compressed or not). */
  readonly wire: number;
  /** Bytes after decompression. */
  readonly unpacked: number;
}

const mib = (n: number) => `${n / 1024 / 1024} MiB`;

export const unsupportedMedia = (message: string): FastifyError =>
  Object.assign(new Error(message), { statusCode: 415, code: 'UnsupportedMediaType', name: 'FastifyError' }) as FastifyError;

const tooLargeOnWire = (limit: number) =>
  new AppError('PayloadTooLarge', `The request body is larger than ${mib(limit)}; send smaller batches (gzip helps)`);
const tooLargeUnpacked = (limit: number) =>
  new AppError('PayloadTooLarge', `The request body unpacks to more than ${mib(limit)}; send smaller batches`);

/** Fails the stream once more than `limit` bytes went through it. */
const byteLimit = (limit: number, error: () => Error) => {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      seen += chunk.length;
      if (seen > limit) cb(error());
      else cb(null, chunk);
    },
  });
};

const decompressor = (encoding: string | undefined): Transform | undefined => {
  const enc = (encoding ?? 'identity').trim().toLowerCase();
  if (enc === 'identity' || enc === '') return undefined;
  if (enc === 'gzip' || enc === 'x-gzip') return createGunzip();
  if (enc === 'deflate') return createInflate();
  if (enc === 'br') return createBrotliDecompress();
  throw unsupportedMedia(`Content-Encoding ${enc} is not accepted; use gzip, deflate, br or none`);
};

export const readIngestBody = async (
  payload: Readable,
  headers: { readonly 'content-length'?: string | undefined; readonly 'content-encoding'?: string | string[] | undefined },
  limits: IngestBodyLimits,
): Promise<Buffer> => {
  const declared = Number(headers['content-length']);
  // Refused before reading a byte when the client says how much it will send.
  if (Number.isFinite(declared) && declared > limits.wire) throw tooLargeOnWire(limits.wire);
  const encoding = Array.isArray(headers['content-encoding']) ? headers['content-encoding'].join(',') : headers['content-encoding'];
  const unpack = decompressor(encoding);
  const chunks: Buffer[] = [];
  let size = 0;
  const collect = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > limits.unpacked) throw tooLargeUnpacked(limits.unpacked);
      chunks.push(chunk);
    }
  };
  const wire = byteLimit(limits.wire, () => tooLargeOnWire(limits.wire));
  // zlib and brotli report broken data with codes of their own (Z_DATA_ERROR, ERR__ERROR_...):
  // whatever the decompressor fails with is the body's fault.
  let broken: unknown;
  unpack?.once('error', (e) => (broken = e));
  try {
    if (unpack) await pipeline(payload, wire, unpack, collect);
    else await pipeline(payload, wire, collect);
  } catch (e) {
    if (e instanceof AppError) throw e;
    const code = (e as { code?: string }).code ?? '';
    if (unpack && (e === broken || code.startsWith('Z_'))) {
      throw new AppError('BadRequest', `The request body is not valid ${String(encoding).trim().toLowerCase()} data: ${(e as Error).message}`);
    }
    if (code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET' || code === 'ECONNABORTED') {
      throw new AppError('BadRequest', 'The request body ended early');
    }
    throw e;
  }
  return Buffer.concat(chunks, size);
};
