/**
 * `signin-report start` (what `npm start` runs): on an empty store, creates demo data first so
 * there is something to look at; then serves exactly like `serve`.
 */
import type { RegisterCommand } from '../context.js';
import { generateDemo } from '../../core/use-cases/generate-demo.js';
import { fmtInt } from '../format-number.js';
import { createDemoDetections } from '../demo-detections.js';
import { runServe, type ServeFlags } from './serve.js';

const DEMO_COUNT = 100_000;

export const registerStart: RegisterCommand = (program, ctx) => {
  program
    .command('start')
    .description(`serve the report; on an empty store, first create ${fmtInt(DEMO_COUNT)} demo sign-ins`)
    .option('--host <host>', 'interface to bind (default 127.0.0.1)')
    .option('--port <port>', 'TCP port (default 8787)')
    .option('--no-demo', 'never create demo data')
    .action(async (flags: ServeFlags & { demo: boolean }) => {
      const store = await ctx.store();
      if (flags.demo && (await store.count(undefined, 1)).count === 0) {
        ctx.err(`The store is empty: creating ${fmtInt(DEMO_COUNT)} demo sign-ins over the last 30 days (signin-report demo)…`);
        // Detections run as the demo is stored: the Alerts page has the injected incidents to show.
        const s = await generateDemo({ count: DEMO_COUNT, seed: 1, days: 30, end: new Date() }, store, undefined, createDemoDetections(ctx.config(), store));
        ctx.err(`Stored ${fmtInt(s.stored)} demo sign-ins in ${s.seconds.toFixed(1)} s.`);
      }
      await runServe(ctx, { host: flags.host, port: flags.port });
    });
};
