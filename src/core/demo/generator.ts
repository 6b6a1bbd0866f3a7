/**
 * Deterministic, realistic demo sign-ins for `signin-report demo` and for tests and benchmarks.
 *
 * - Same options, same records, byte for byte: all randomness comes from the seed (no
 *   `Math.random`, no clock). The tenant (users, devices, apps, policies) is fixed; the seed only
 *   changes the sign-in stream.
 * - Records come out in ascending `createdDateTime` order (whole seconds, UTC, so ties occur),
 *   all within [end - days, end].
 * - Exactly `count` records, about 30 % interactive, 60 % non-interactive, 7 % service principal
 *   and 3 % managed identity, ~88 % successful; office hours and weekends follow each user's time
 *   zone.
 * - With `count` >= 2,000 and a window of at least 6 hours, the incidents of `incidents.ts` are
 *   part of the count (about 1 % of it, up to ~4 % at the minimum size); `planDemoIncidents`
 *   tells what and where they are, with machine-readable `labels` per detection rule
 *   (docs/demo-incidents.md).
 */
import { AppError } from '../errors.js';
import type { SignIn } from '../model/sign-in-schema.js';
import {
  MIN_COUNT_FOR_INCIDENTS, MIN_WINDOW_FOR_INCIDENTS_MS, planIncidents, type DemoIncidents, type IncidentPlan,
} from './incidents.js';
import { createIsoFormatter } from './iso-time.js';
import { createRandom } from './random.js';
import { getDemoRoster } from './roster.js';
import { createSchedule, createTimeStream, DAY_MS } from './schedule.js';
import { createTraffic } from './traffic.js';
import { ZONES } from './zones.js';

export interface DemoGeneratorOptions {
  readonly seed: number;
  /** Number of records, a non-negative integer. */
  readonly count: number;
  /** Length of the window in days (fractions allowed), ending at `end`. */
  readonly days: number;
  readonly end: Date;
  /** Inject the incidents when the demo is large enough (default true). */
  readonly incidents?: boolean;
}

const checkOptions = (o: DemoGeneratorOptions): void => {
  if (!Number.isFinite(o.seed)) throw new AppError('BadRequest', 'demo seed must be a finite number');
  if (!Number.isSafeInteger(o.count) || o.count < 0) {
    throw new AppError('BadRequest', `demo count must be a non-negative integer, got ${o.count}`);
  }
  if (!Number.isFinite(o.days) || o.days <= 0) throw new AppError('BadRequest', `demo days must be positive, got ${o.days}`);
  if (!(o.end instanceof Date) || Number.isNaN(o.end.getTime())) throw new AppError('BadRequest', 'demo end must be a valid date');
};

const windowOf = (o: DemoGeneratorOptions) => {
  const end = o.end.getTime();
  return { start: end - o.days * DAY_MS, end };
};

const planFor = (o: DemoGeneratorOptions): IncidentPlan | null => {
  const { start, end } = windowOf(o);
  const wanted = o.incidents ?? true;
  if (!wanted || o.count < MIN_COUNT_FOR_INCIDENTS || end - start < MIN_WINDOW_FOR_INCIDENTS_MS) return null;
  return planIncidents(o.seed, o.count, start, end);
};

/** The incidents `createDemoGenerator` injects for these options, or null when it injects none. */
export const planDemoIncidents = (options: DemoGeneratorOptions): DemoIncidents | null => {
  checkOptions(options);
  return planFor(options)?.summary ?? null;
};

function* generate(options: DemoGeneratorOptions): Generator<SignIn, void, undefined> {
  const { start, end } = windowOf(options);
  const plan = planFor(options);
  const events = plan?.events ?? [];
  const random = createRandom(options.seed);
  const zoneWeights = ZONES.map(() => 0);
  for (const u of getDemoRoster().users) zoneWeights[u.home.zone]! += u.activity;
  const schedule = createSchedule(start, end, zoneWeights);
  const traffic = createTraffic(random, options.seed, schedule, plan);
  const iso = createIsoFormatter();
  // Whole-second timestamps are truncated; never let one fall before the window.
  const firstSecond = Math.ceil(start / 1000) * 1000;
  const stamp = (t: number) => iso.format(Math.max(firstSecond, t));

  let mainLeft = options.count - events.length;
  const times = createTimeStream(schedule, Math.max(0, mainLeft), random);
  let nextMain = mainLeft > 0 ? times.next() : Number.POSITIVE_INFINITY;
  let e = 0;
  while (mainLeft > 0 || e < events.length) {
    const event = events[e];
    if (event && event.time <= nextMain) {
      e++;
      yield traffic.incident(event, stamp(event.time));
      continue;
    }
    yield traffic.main(nextMain, stamp(nextMain), times.bucket);
    mainLeft--;
    nextMain = mainLeft > 0 ? times.next() : Number.POSITIVE_INFINITY;
  }
}

/**
 * Streams `count` demo sign-ins in ascending `createdDateTime` order. Nothing is computed until
 * iteration starts; each call returns a fresh, independent stream.
 */
export const createDemoGenerator = (options: DemoGeneratorOptions): IterableIterator<SignIn> => {
  checkOptions(options);
  return generate({ ...options, end: new Date(options.end.getTime()) });
};
