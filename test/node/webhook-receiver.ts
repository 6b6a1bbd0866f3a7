/**
 * A real HTTP receiver on 127.0.0.1 for webhook tests: answers each path from a script of
 * responses (then 200), and records every request with its raw body.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  /** Never answer (the sender's timeout must fire). */
  readonly hang?: boolean;
}

export interface ReceivedRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** The status this request was answered with. */
  readonly status: number;
}

export interface WebhookReceiver {
  readonly url: (path: string) => string;
  readonly requests: ReceivedRequest[];
  close(): Promise<void>;
}

export const startWebhookReceiver = async (script: Record<string, ScriptedResponse[]>): Promise<WebhookReceiver> => {
  const requests: ReceivedRequest[] = [];
  const queues = new Map(Object.entries(script).map(([k, v]) => [k, [...v]]));
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const next = queues.get(path)?.shift() ?? { status: 200 };
      if (next.hang) return;
      requests.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status: next.status });
      res.writeHead(next.status, { 'content-type': 'text/plain', ...next.headers });
      res.end(next.status < 300 ? 'ok' : 'not now');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
