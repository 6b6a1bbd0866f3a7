/**
 * Detection quality and cost on demo data: imports the demo NDJSON into two fresh stores, without
 * and with every rule, then prints per rule how many incidents were injected, how many of them
 * were found, and the false alarms (alerts unrelated to any injected incident, per 100,000
 * sign-ins); and the cost figures (import with / without rules, `detect` over the last 30 days).
 * Labels come from the demo's `DemoIncidents.labels`. Not a test: it never asserts.
 */
import { rmSync } from 'node:fs';
import { planImport } from '../importers/open-sources.js';
import { createParallelNdjsonReader, defaultWorkerCount } from '../pipeline/parallel-ndjson.js';
import { importSignIns } from '../core/use-cases/import-sign-ins.js';
import { detectHistory } from '../core/use-cases/detect-history.js';
import { openStore, isPostgresUrl } from '../compose.js';
import { loadConfig } from '../config.js';
import { createDetections, loadRules } from '../detections/create-detections.js';
import { planDemoIncidents, type DemoGeneratorOptions } from '../core/demo/generator.js';
import type { DemoIncidents } from '../core/demo/incidents.js';
import { BREAK_GLASS_UPN } from '../core/demo/roster.js';
import type { Alert } from '../core/detections/alert.js';
import type { SignInStore } from '../core/ports.js';
import { round } from './stats.js';
import '../importers/register-formats.js';

const HOUR = 3_600_000;

interface Label {
  readonly name: string;
  /** The rules expected to find it. */
  readonly rules: readonly string[];
  readonly matches: (a: Alert) => boolean;
}

const overlaps = (a: Alert, from: number, to: number) => Date.parse(a.firstSeen) <= to && Date.parse(a.lastSeen) >= from;

/**
 * Each incident the demo injected (its `labels`), the rule that should find it, and which alerts
 * belong to it: any alert on the incident's entity within an hour of it (an MFA-fatigue burst is
 * also a run of MFA denials; the attacker's approval also comes from a new country).
 */
export const labelsOf = (i: DemoIncidents): Label[] =>
  i.labels.map((l) => ({
    name: `${l.ruleId} (${l.entity.kind} ${l.entity.value})`,
    rules: [l.ruleId],
    matches: (a: Alert) =>
      a.entity.value.toLowerCase() === l.entity.value.toLowerCase() && overlaps(a, l.start.getTime() - HOUR, l.end.getTime() + HOUR),
  }));

/** The configuration the bench detects with: defaults, plus the demo's break-glass account (as docs/demo-incidents.md says to configure it). */
const benchConfig = () => loadConfig({ env: { SIGNIN_REPORT_BREAK_GLASS_ACCOUNTS: BREAK_GLASS_UPN } });

const listAll = async (store: SignInStore): Promise<Alert[]> => {
  const out: Alert[] = [];
  let after: { lastSeen: number; id: string } | undefined;
  do {
    const page = await store.listAlerts({ top: 500, after });
    out.push(...page.items);
    after = page.next;
  } while (after);
  return out;
};

const importInto = async (db: string, input: string, withRules: boolean) => {
  if (!isPostgresUrl(db)) for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const store = await openStore({ db });
  const parallelNdjson = createParallelNdjsonReader({ workers: defaultWorkerCount(), packer: store.documentPacker });
  const plan = await planImport([input], undefined, { parallelNdjson });
  const config = benchConfig();
  const detector = withRules ? createDetections(config, store) : undefined;
  const started = performance.now();
  const summary = await importSignIns({ open: () => plan.open(), store, bytesRead: plan.bytesRead, detector });
  return { store, seconds: (performance.now() - started) / 1000, stored: summary.stored };
};

export interface DetectionsBenchOptions {
  readonly input: string;
  readonly db: string;
  readonly demo: DemoGeneratorOptions;
  readonly print: (label: string, value: string) => void;
}

export const runDetectionsBench = async (o: DetectionsBenchOptions): Promise<Record<string, unknown>> => {
  const without = await importInto(o.db, o.input, false);
  await without.store.close();
  const withRules = await importInto(o.db, o.input, true);
  const store = withRules.store;
  try {
    const alerts = await listAll(store);
    const incidents = planDemoIncidents(o.demo);
    const labels = incidents ? labelsOf(incidents) : [];
    const perRule = new Map<string, { injected: number; found: number; falseAlarms: number }>();
    const row = (id: string) => perRule.get(id) ?? perRule.set(id, { injected: 0, found: 0, falseAlarms: 0 }).get(id)!;
    for (const l of labels) {
      for (const rule of l.rules) {
        row(rule).injected++;
        if (alerts.some((a) => a.ruleId === rule && l.matches(a))) row(rule).found++;
      }
    }
    for (const a of alerts) if (!labels.some((l) => l.matches(a))) row(a.ruleId).falseAlarms++;
    const config = benchConfig();
    for (const r of loadRules(config)) if (r.enabled) row(r.id);
    const per100k = (n: number) => round((n * 100_000) / Math.max(1, withRules.stored), 2);
    o.print('detections: rule', 'injected   found   false alarms (per 100,000 sign-ins)');
    const table: Record<string, unknown> = {};
    for (const [id, r] of [...perRule].sort(([a], [b]) => a.localeCompare(b))) {
      o.print(`  ${id}`, `${String(r.injected).padStart(8)} ${String(r.found).padStart(7)}   ${r.falseAlarms} (${per100k(r.falseAlarms)})`);
      table[id] = { ...r, falseAlarmsPer100k: per100k(r.falseAlarms) };
    }
    // detect over the last 30 days of the data, from fresh state, into the store that has the alerts (idempotent).
    const detector = createDetections(config, store, { force: true, freshState: true });
    const since = o.demo.end.getTime() - 30 * 86_400_000;
    const detect = detector ? await detectHistory({ store, detector }, since) : undefined;
    const ratio = withRules.seconds / Math.max(1e-9, without.seconds);
    o.print('detections: import without rules', `${round(without.seconds, 2)} s (${Math.round(without.stored / without.seconds).toLocaleString()} rec/s)`);
    o.print('detections: import with every rule', `${round(withRules.seconds, 2)} s (${round(ratio, 2)} × without; goal ≤ 1.2)`);
    if (detect) o.print('detections: detect --since 30d', `${round(detect.seconds, 2)} s over ${detect.signIns.toLocaleString()} sign-ins, ${detect.created} created (idempotent: 0 expected)`);
    return {
      perRule: table, alerts: alerts.length,
      importSeconds: { without: round(without.seconds, 3), with: round(withRules.seconds, 3), ratio: round(ratio, 3) },
      detectSeconds: detect ? round(detect.seconds, 3) : null,
    };
  } finally {
    await store.close();
  }
};
