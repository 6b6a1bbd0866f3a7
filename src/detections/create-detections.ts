/**
 * Wires detections from the configuration: reads the built-in and user rule files, applies the
 * configured overrides, and builds the detector over the store. Used by import, pull, demo,
 * serve (push ingest) and `detect`.
 */
import type { Config } from '../config.js';
import type { AlertStore, Clock } from '../core/ports.js';
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
export const createDetections = (config: Pick<Config, 'detections'>, store: AlertStore, o: DetectionsOptions = {}): Detector | undefined => {
  if (!config.detections.enabled && !o.force) return undefined;
  return createDetector({
    rules: loadRules(config),
    store,
    clock: o.clock ?? systemClock,
    latenessMs: config.detections.latenessMinutes * 60_000,
    onAlert: o.onAlert,
    freshState: o.freshState,
  });
};
