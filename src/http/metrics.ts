/**
 * Prometheus metrics (prom-client, one registry per app so tests can build many apps):
 * process defaults plus request count and latency by route pattern (never the raw URL, which
 * would explode label cardinality). Served at /metrics to tokens with the `read` scope.
 */
import type { FastifyInstance } from 'fastify';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const createMetrics = () => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'signin_report_' });
  const requests = new Counter({
    name: 'signin_report_http_requests_total',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'signin_report_http_request_duration_seconds',
    help: 'HTTP request latency by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const alerts = new Counter({
    name: 'signin_report_alerts_total',
    help: 'Alerts raised (created) or grown by new evidence, per detection rule, since the server started',
    labelNames: ['rule', 'change'] as const,
    registers: [registry],
  });
  const countAlert = (rule: string, change: 'created' | 'grown') => alerts.inc({ rule, change });
  /** Every rule shows up with 0 before its first alert. */
  const declareRules = (ids: readonly string[]) => {
    for (const rule of ids) for (const change of ['created', 'grown'] as const) alerts.inc({ rule, change }, 0);
  };
  const install = (app: FastifyInstance) => {
    app.addHook('onResponse', async (req, reply) => {
      const route = req.is404 ? '(unmatched)' : (req.routeOptions.url ?? '(unmatched)');
      requests.inc({ method: req.method, route, status: String(reply.statusCode) });
      duration.observe({ method: req.method, route }, reply.elapsedTime / 1000);
    });
  };
  return { registry, install, countAlert, declareRules };
};
