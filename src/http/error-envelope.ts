/**
 * Graph's error envelope for every non-2xx answer:
 * `{"error":{"code","message","innerError":{"date","request-id","client-request-id","code"}}}`.
 * `error.code` is Graph's code for the situation (so scripts written for Graph see what they
 * expect); `innerError.code` is our finer code (`InvalidFilter`, `InvalidSkipToken`, ...).
 * Core codes map to statuses through a `Record`, so a new code without a status fails to compile.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError, type ErrorCode } from '../core/errors.js';
import { storageFailure } from '../storage-failure.js';

export const STATUS_BY_CODE: Record<ErrorCode, { readonly status: number; readonly graph: string }> = {
  BadRequest: { status: 400, graph: 'BadRequest' },
  InvalidFilter: { status: 400, graph: 'BadRequest' },
  InvalidSkipToken: { status: 400, graph: 'BadRequest' },
  ValidationFailed: { status: 400, graph: 'BadRequest' },
  ImportFailed: { status: 400, graph: 'BadRequest' },
  Unauthenticated: { status: 401, graph: 'InvalidAuthenticationToken' },
  Forbidden: { status: 403, graph: 'Authorization_RequestDenied' },
  NotFound: { status: 404, graph: 'Request_ResourceNotFound' },
  Conflict: { status: 409, graph: 'Conflict' },
  PayloadTooLarge: { status: 413, graph: 'RequestEntityTooLarge' },
  TooManyRequests: { status: 429, graph: 'TooManyRequests' },
  Internal: { status: 500, graph: 'InternalServerError' },
  StorageUnavailable: { status: 503, graph: 'ServiceNotAvailable' },
  QueryTimeout: { status: 504, graph: 'GatewayTimeout' },
};

/** Graph codes for statuses that come from the framework rather than the core. */
const GRAPH_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'BadRequest',
  401: 'InvalidAuthenticationToken',
  403: 'Authorization_RequestDenied',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  406: 'NotAcceptable',
  408: 'RequestTimeout',
  411: 'LengthRequired',
  413: 'RequestEntityTooLarge',
  414: 'RequestUriTooLong',
  415: 'UnsupportedMediaType',
  429: 'TooManyRequests',
  503: 'ServiceNotAvailable',
  504: 'GatewayTimeout',
};

export interface ErrorEnvelope {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly innerError: {
      readonly date: string;
      readonly 'request-id': string;
      readonly 'client-request-id': string;
      readonly code?: string;
    };
  };
}

/** Graph's `innerError.date`: UTC without offset or fraction. */
const graphDate = (d: Date) => d.toISOString().slice(0, 19);

export const clientRequestId = (req: FastifyRequest): string => {
  const h = req.headers['client-request-id'];
  const v = Array.isArray(h) ? h[0] : h;
  return v !== undefined && /^[\w.:-]{1,128}$/.test(v) ? v : req.id;
};

export const sendError = (
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  ourCode?: string,
): FastifyReply => {
  const body: ErrorEnvelope = {
    error: {
      code,
      message,
      innerError: {
        date: graphDate(new Date()),
        'request-id': req.id,
        'client-request-id': clientRequestId(req),
        ...(ourCode ? { code: ourCode } : {}),
      },
    },
  };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
};

/** Renders any thrown value; the message of an unexpected error never leaves the server. */
export const renderError = (thrown: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply => {
  // A full disk or a failed database write: 503 with what to do, not a 500.
  const err = storageFailure(thrown) ?? thrown;
  if (isAppError(err)) {
    const m = STATUS_BY_CODE[err.code];
    if (m.status >= 500) req.log.error({ err }, 'request failed');
    if (err.retryAfterSeconds !== undefined) reply.header('retry-after', String(Math.max(1, Math.ceil(err.retryAfterSeconds))));
    return sendError(req, reply, m.status, m.graph, err.message, err.code);
  }
  const fe = err as Partial<FastifyError>;
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    const message = fe.validation ? `Invalid request: ${fe.message ?? 'validation failed'}` : (fe.message ?? 'Bad request');
    return sendError(req, reply, status, GRAPH_BY_STATUS[status] ?? 'BadRequest', message, fe.code);
  }
  req.log.error({ err }, 'unexpected error');
  return sendError(req, reply, 500, 'InternalServerError', `An unexpected error occurred; quote request-id ${req.id} to the operator`);
};
