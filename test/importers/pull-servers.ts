/**
 * Test servers for the Graph pull: a local OAuth 2.0 token endpoint over HTTPS (MSAL insists on
 * https; the certificate is made with openssl per run) that hands out one of our own API tokens
 * as the access token, and a fault-injecting HTTP proxy in front of our Graph-compatible server.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCert {
  readonly certPath: string;
  readonly keyPath: string;
  /** Certificate and key in one PEM, the shape ClientCertificateCredential reads. */
  readonly bundlePath: string;
}

export const makeCert = (cn = '127.0.0.1'): TestCert => {
  const dir = mkdtempSync(join(tmpdir(), 'signin-cert-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '2',
    '-subj', `/CN=${cn}`, '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
  ], { stdio: 'ignore' });
  const bundlePath = join(dir, 'bundle.pem');
  execFileSync('sh', ['-c', `cat "${certPath}" "${keyPath}" > "${bundlePath}"`]);
  return { certPath, keyPath, bundlePath };
};

const listen = async (server: Server): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

const readBody = async (req: IncomingMessage): Promise<string> => {
  const parts: Buffer[] = [];
  for await (const c of req) parts.push(c as Buffer);
  return Buffer.concat(parts).toString('utf8');
};

export interface TokenEndpoint {
  readonly url: string;
  readonly requests: { method: string; path: string; body: string }[];
  close(): Promise<void>;
}

/** Accepts `clientSecret` (or any client assertion) and returns `accessToken`. */
export const startTokenEndpoint = async (cert: TestCert, opts: { clientSecret: string; accessToken: string }): Promise<TokenEndpoint> => {
  const requests: TokenEndpoint['requests'] = [];
  let base = '';
  const server = createHttpsServer({ cert: readFileSync(cert.certPath), key: readFileSync(cert.keyPath) }, (req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      requests.push({ method: req.method ?? 'GET', path, body });
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      const wellKnown = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(path);
      if (wellKnown) {
        const t = wellKnown[1];
        return json(200, {
          token_endpoint: `${base}/${t}/oauth2/v2.0/token`,
          authorization_endpoint: `${base}/${t}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${base}/${t}/oauth2/v2.0/logout`,
          device_authorization_endpoint: `${base}/${t}/oauth2/v2.0/devicecode`,
          issuer: `${base}/${t}/v2.0`,
          jwks_uri: `${base}/${t}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
          scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
          token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        });
      }
      if (/\/oauth2\/v2\.0\/token$/.test(path) && req.method === 'POST') {
        const form = new URLSearchParams(body);
        const ok = form.get('grant_type') === 'client_credentials' &&
          (form.get('client_secret') === opts.clientSecret || (form.get('client_assertion') ?? '').split('.').length === 3);
        if (!ok) {
          return json(401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.', error_codes: [7000215] });
        }
        return json(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: opts.accessToken });
      }
      return json(404, { error: 'not_found', error_description: `no ${path} here` });
    })();
  });
  const port = await listen(server as unknown as Server);
  base = `https://127.0.0.1:${port}`;
  return { url: base, requests, close: () => new Promise((r) => server.close(() => r())) };
};

export type Fault = 'ok' | '429' | '503' | 'reset' | 'cut' | 'hang-up';

export interface FaultProxy {
  readonly url: string;
  /** Requests received so far (1-based count). */
  readonly count: () => number;
  readonly seen: { n: number; path: string; fault: Fault }[];
  setPlan(plan: (n: number) => Fault): void;
  setDelay(ms: number): void;
  close(): Promise<void>;
}

/** Forwards to `target` (Host header kept, so nextLinks point back here) unless the plan says otherwise. */
export const startFaultProxy = async (target: string): Promise<FaultProxy> => {
  const t = new URL(target);
  let plan: (n: number) => Fault = () => 'ok';
  let delay = 0;
  let n = 0;
  const seen: FaultProxy['seen'] = [];
  const server = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    const k = ++n;
    const fault = plan(k);
    seen.push({ n: k, path: req.url ?? '', fault });
    const go = () => {
      if (fault === '429') {
        res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'TooManyRequests', message: 'Too Many Requests', innerError: {} } }));
        return;
      }
      if (fault === '503') {
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'ServiceNotAvailable', message: 'Service unavailable', innerError: {} } }));
        return;
      }
      if (fault === 'hang-up') {
        req.socket.destroy();
        return;
      }
      const up = httpRequest(
        { host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers },
        (upRes) => {
          if (fault === 'ok') {
            res.writeHead(upRes.statusCode ?? 502, upRes.headers);
            upRes.pipe(res);
            return;
          }
          void (async () => {
            const body = Buffer.from(await readBody(upRes));
            const half = body.subarray(0, Math.floor(body.length / 2));
            if (fault === 'cut') {
              // A clean end of a shorter body: the page is cut short.
              const { 'content-length': _, ...headers } = upRes.headers;
              res.writeHead(upRes.statusCode ?? 200, headers);
              res.end(half);
            } else {
              // Promise the whole body, send half, reset the connection.
              res.writeHead(upRes.statusCode ?? 200, upRes.headers);
              res.write(half);
              setTimeout(() => res.socket?.destroy(), 10);
            }
          })();
        },
      );
      up.on('error', () => res.socket?.destroy());
      req.pipe(up);
    };
    if (delay > 0) setTimeout(go, delay);
    else go();
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    count: () => n,
    seen,
    setPlan: (p) => (plan = p),
    setDelay: (ms) => (delay = ms),
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
};
