/**
 * Detections for demo data (`demo`, and `start` on an empty store): the configured ones, with the
 * demo's own break-glass account added to `detections.breakGlassAccounts` — no operator has
 * listed it, yet the demo injects a sign-in of it for the `break-glass` rule to find.
 */
import type { Config } from '../config.js';
import { BREAK_GLASS_UPN } from '../core/demo/roster.js';
import type { SignInStore } from '../core/ports.js';
import type { Detector } from '../core/detections/detector.js';
import { createDetections } from '../detections/create-detections.js';

export const createDemoDetections = (config: Config, store: SignInStore): Detector | undefined => {
  const accounts = config.detections.breakGlassAccounts;
  const breakGlassAccounts = accounts.includes(BREAK_GLASS_UPN) ? accounts : [...accounts, BREAK_GLASS_UPN];
  return createDetections({ ...config, detections: { ...config.detections, breakGlassAccounts } }, store);
};
