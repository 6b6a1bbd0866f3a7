/**
 * The absolute base of links we emit. `publicUrl` wins; otherwise the request's scheme and Host
 * header (X-Forwarded-Proto/-Host only when the app was created with `trustProxy`). A Host value
 * that is not a plain host[:port] falls back to `localhost`, so a link can never carry
 * injected text.
 */
import type { FastifyRequest } from 'fastify';

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export const createBaseUrl = (publicUrl: string | undefined) => {
  const fixed = publicUrl?.replace(/\/+$/, '');
  return (req: FastifyRequest): string => {
    if (fixed) return fixed;
    const host = HOST.test(req.host) ? req.host : 'localhost';
    const proto = req.protocol === 'https' ? 'https' : 'http';
    return `${proto}://${host}`;
  };
};
