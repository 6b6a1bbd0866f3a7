/**
 * Wires detections from the configuration: reads the built-in and user rule files, applies the
 * configured overrides, and builds the detector over the store. Used by import, pull, demo,
 * serve (push ingest) and `detect`.
 */
import type { Config } from '../config.js';
import type { AlertStore, Clock } from '../core/ports.js';
import type { WebhookOutboxStore } from '../core/notify/outbox-types.js';
import { createAlertOutbox } from '../core/use-cases/enqueue-alert-notices.js';
import { compileRules } from '../core/detections/compile-rules.js';
import type { CompiledRule } from '../core/detections/compiled-rule.js';
import { createDetector, type Detector } from '../core/detections/detector.js';
import { readRules } from './rule-files.js';

const systemClock: Clock = { now: () => new Date() };

/** The effective rules (enabled or not) for this configuration. */
export const loadRules = (config: Pick<Config, 'detections'>): CompiledRule[] =>
  compileRules(readRules(config.detections.rulesFolder), config.detections);

export interface DetectionsOptions {
  readonly clock?: Clock;
  readonly onAlert?: (ruleId: string, change: 'created' | 'grown') => void;
  /** Build the detector even when `detections.enabled` is false (`detect` asks for it explicitly). */
  readonly force?: boolean;
  /** Start from empty window state (`detect`). */
  readonly freshState?: boolean;
}

/** The detector for the configuration, or undefined when detections are switched off. */
export const createDetections = (
  config: Pick<Config, 'detections' | 'notifications'>,
  store: AlertStore & Pick<WebhookOutboxStore, 'addOutboxRows'>,
  o: DetectionsOptions = {},
): Detector | undefined => {
  if (!config.detections.enabled && !o.force) return undefined;
  const clock = o.clock ?? systemClock;
  const webhooks = config.notifications?.webhooks ?? [];
  return createDetector({
    // Alerts written go to the configured webhooks through the store's durable outbox.
    outbox: webhooks.length > 0 ? createAlertOutbox(store, webhooks, clock) : undefined,
    rules: loadRules(config),
    store,
    clock,
    latenessMs: config.detections.latenessMinutes * 60_000,
    onAlert: o.onAlert,
    freshState: o.freshState,
  });
};
