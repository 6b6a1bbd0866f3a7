/**
 * Fault test: `signin-report serve` killed with SIGKILL while a shipper pushes batches to
 * `POST /api/ingest`, then restarted. The shipper behaves as a log shipper should: it re-sends a
 * batch until it gets a 2xx. Afterwards every record is stored exactly once — in particular
 * every batch that was answered 2xx before a kill survived it.
 */
import { main } from '../cli/main.js';
import { createDemoGenerator } from '../core/demo/generator.js';
import type { SignIn } from '../core/model/sign-in-schema.js';
import { checkDatabase } from './db-checks.js';
import { seededRandom, sleep } from './random.js';
import { spawnCli, waitForStderr, type CliChild } from './spawn-cli.js';

export interface KillServeOptions {
  readonly db: string;
  readonly batches: number;
  readonly batchSize: number;
  readonly kills: number;
  readonly seed?: number;
  readonly log?: (line: string) => void;
}

export interface KillServeResult {
  readonly batches: number;
  readonly records: number;
  readonly kills: number;
  readonly requests: number;
  /** Requests that failed (connection refused or cut, 5xx, 429) and were sent again. */
  readonly retries: number;
  /** 2xx answers that reported the batch as already stored (the first answer was lost in a kill). */
  readonly resentAfterStore: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly lost: number;
  readonly integrity: string;
  readonly seconds: number;
}

const tokenFor = async (db: string): Promise<string> => {
  let out = '';
  const io = { stdout: { write: (s: string) => ((out += s), true) }, stderr: { write: () => true }, env: {} };
  const name = `soak-shipper-${Date.now()}`;
  if ((await main(['--db', db, 'token', 'create', '--name', name, '--scope', 'ingest'], io)) !== 0) throw new Error('could not create a token');
  return out.trim();
};

const startServer = async (db: string): Promise<{ child: CliChild; url: string }> => {
  const child = spawnCli(['--db', db, 'serve', '--port', '0'], { env: { SIGNIN_REPORT_RATE_LIMIT: '1000000' } });
  const m = await waitForStderr(child, /listening on (http:\/\/\S+) /, 60_000);
  return { child, url: m[1] as string };
};

export const runKillServe = async (o: KillServeOptions): Promise<KillServeResult> => {
  const log = o.log ?? (() => undefined);
  const random = seededRandom(o.seed ?? 23);
  const started = performance.now();
  const token = await tokenFor(o.db);
  const all: SignIn[] = [...createDemoGenerator({ count: o.batches * o.batchSize, seed: o.seed ?? 23, days: 7, end: new Date('2025-06-30T00:00:00Z') })];
  const bodies = Array.from({ length: o.batches }, (_, i) =>
    all.slice(i * o.batchSize, (i + 1) * o.batchSize).map((s) => JSON.stringify(s)).join('\n'),
  );
  let server: { child: CliChild; url: string } | undefined = await startServer(o.db);
  let acked = 0;
  let requests = 0;
  let retries = 0;
  let resentAfterStore = 0;

  const ship = async () => {
    for (let i = 0; i < bodies.length; i++) {
      for (;;) {
        const url = server?.url;
        if (!url) {
          await sleep(10);
          continue;
        }
        requests++;
        let res: Response | undefined;
        try {
          res = await fetch(`${url}/api/ingest`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
            body: bodies[i],
            signal: AbortSignal.timeout(30_000),
          });
        } catch {
          res = undefined; // refused or cut by a kill: send again
        }
        if (res && res.status >= 200 && res.status < 300) {
          const r = (await res.json()) as { stored: number; duplicates: number; rejected: number };
          if (r.rejected > 0 || r.stored + r.duplicates !== o.batchSize) throw new Error(`batch ${i}: unexpected answer ${JSON.stringify(r)}`);
          if (r.duplicates > 0) resentAfterStore++;
          acked++;
          break;
        }
        if (res && res.status >= 400 && res.status < 500 && res.status !== 429) throw new Error(`batch ${i}: ${res.status} ${await res.text()}`);
        retries++;
        await sleep(res?.status === 429 ? 1000 : 20);
      }
    }
  };

  const kill = async () => {
    for (let k = 0; k < o.kills; k++) {
      // Spread the kills over the stream, each at a random batch of its share.
      const at = Math.floor(((k + random()) * o.batches) / (o.kills + 1));
      while (acked < at) await sleep(2);
      // The next batch is on its way: kill before, during or after the server stores it.
      await sleep(random() * 60);
      const old = server;
      server = undefined;
      old?.child.child.kill('SIGKILL');
      await old?.child.exited;
      log(`kill ${k + 1}/${o.kills} after ${acked} acknowledged batches`);
      server = await startServer(o.db);
    }
  };

  try {
    await Promise.all([ship(), kill()]);
  } finally {
    const last = server;
    last?.child.child.kill('SIGTERM');
    await last?.child.exited;
  }
  const state = await checkDatabase(o.db);
  const records = o.batches * o.batchSize;
  return {
    batches: o.batches,
    records,
    kills: o.kills,
    requests,
    retries,
    resentAfterStore,
    stored: state.rows,
    duplicates: state.rows - state.distinctIds,
    lost: records - state.distinctIds,
    integrity: state.integrity,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
};
