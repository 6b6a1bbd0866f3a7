/**
 * The one way the UI calls the server: adds the bearer token, turns Graph's error envelope (and
 * anything else that is not a success) into an `ApiError` with the server's words, and signs the
 * user out on 401 so the sign-in screen can ask for a new token.
 */
import { isObject } from './decode.js';
import { getAuth, rejectToken } from './token.js';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;

  constructor(status: number, code: string, message: string, requestId?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/**
 * True when the route itself is missing (an older or partial server), as opposed to a bad request.
 * A server hosting the UI with a catch-all static route answers 405 for unknown GET paths.
 */
export const isNotFound = (e: unknown): boolean => isApiError(e) && (e.status === 404 || (e.status === 405 && e.code === 'MethodNotAllowed'));

const errorFrom = async (res: Response): Promise<ApiError> => {
  const requestId = res.headers.get('request-id') ?? undefined;
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  if (isObject(body) && isObject(body.error)) {
    const code = typeof body.error.code === 'string' ? body.error.code : '';
    const message = typeof body.error.message === 'string' ? body.error.message : res.statusText;
    return new ApiError(res.status, code, message, requestId);
  }
  return new ApiError(res.status, '', `HTTP ${res.status} ${res.statusText}`.trim(), requestId);
};

/** A write: the method and the JSON body. */
export interface Send {
  readonly method: 'PATCH' | 'POST';
  readonly body: unknown;
}

/** Fetches an API URL (relative to the page, or an absolute nextLink) with the token. */
export const apiFetch = async (url: string, signal?: AbortSignal, send?: Send): Promise<Response> => {
  const { token } = getAuth();
  let res: Response;
  try {
    res = await fetch(url, {
      headers: {
        Accept: 'application/json',
        ...(send ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      signal: signal ?? null,
      ...(send ? { method: send.method, body: JSON.stringify(send.body) } : {}),
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  }
  if (res.status === 401) {
    const err = await errorFrom(res);
    rejectToken();
    throw err;
  }
  if (!res.ok) throw await errorFrom(res);
  return res;
};

export const getJson = async <T>(url: string, decode: (v: unknown) => T, signal?: AbortSignal, send?: Send): Promise<T> => {
  const res = await apiFetch(url, signal, send);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.status, 'invalidJson', 'The server answered with something that is not JSON.');
  }
  return decode(body);
};

/** Sends a JSON body (PATCH / POST) and decodes the JSON answer. */
export const sendJson = <T>(url: string, send: Send, decode: (v: unknown) => T): Promise<T> => getJson(url, decode, undefined, send);
