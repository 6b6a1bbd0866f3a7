/**
 * Every route file of the API, registered in order on the authenticated, rate-limited scope.
 * To add routes: write `src/http/routes/<name>.ts` exporting a `RoutePlugin`, add one line here.
 */
import type { RoutePlugin } from '../types.js';
import { alertRoutes } from './alerts.js';
import { analyticsRoutes } from './analytics.js';
import { errorCodeRoutes } from './error-codes.js';
import { healthRoutes } from './health.js';
import { ingestRoutes } from './ingest.js';
import { ruleRoutes } from './rules.js';
import { signInRoutes } from './sign-ins.js';

export const ROUTES: readonly RoutePlugin[] = [
  healthRoutes,
  signInRoutes,
  ingestRoutes,
  errorCodeRoutes,
  analyticsRoutes,
  alertRoutes,
  ruleRoutes,
];
