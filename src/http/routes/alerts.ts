/**
 * Alerts: list, stats, one, triage (PATCH status/note) and suppression. Reads need `read`;
 * changes need `triage` (or `admin`), and the history records the token's name.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { listAlerts, MAX_ALERTS_TOP, type AlertListParams } from '../../core/use-cases/list-alerts.js';
import { getAlert } from '../../core/use-cases/get-alert.js';
import { changeAlertStatus } from '../../core/use-cases/change-alert-status.js';
import { suppressAlert } from '../../core/use-cases/suppress-alert.js';
import { AlertListSchema, AlertSchema, AlertStatsSchema, SuppressionSchema } from '../alert-schemas.js';
import type { RoutePlugin } from '../types.js';

const QUERY_NAMES = ['ruleId', 'severity', 'status', 'entityKind', 'entityValue', 'since', 'until', 'top', 'skiptoken'] as const;
const Params = Type.Object({ id: Type.String({ maxLength: 64 }) });

const queryOf = (req: FastifyRequest): AlertListParams => {
  const q = (req.query ?? {}) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const name of QUERY_NAMES) {
    const v = q[name] ?? q[`$${name}`];
    if (typeof v === 'string') out[name] = v;
  }
  return out;
};

export const alertRoutes: RoutePlugin = async (app, ctx) => {
  const tags = ['Alerts'];
  const tokenName = (req: FastifyRequest) => req.token?.name ?? 'unknown';
  app.get(
    '/api/alerts',
    {
      schema: { summary: 'Alerts, newest last evidence first, with filters and paging', tags, response: { 200: AlertListSchema } },
      config: {
        scope: 'read',
        openapi: {
          query: [
            { name: 'ruleId', description: 'Rule id, e.g. password-spray' },
            { name: 'severity', description: 'low, medium, high or critical' },
            { name: 'status', description: 'new, acknowledged, resolved or falsePositive' },
            { name: 'entityKind', description: 'user, ip, app or servicePrincipal' },
            { name: 'entityValue', description: 'The user principal name, IP address, app id or service principal id' },
            { name: 'since', description: 'Last evidence at or after: ISO date-time or a span such as 30d' },
            { name: 'until', description: 'First evidence at or before: ISO date-time or a span such as 1d' },
            { name: 'top', description: `Page size, 1..${MAX_ALERTS_TOP} (default 50)` },
            { name: 'skiptoken', description: 'Continuation from @odata.nextLink (opaque)' },
          ],
        },
      },
    },
    async (req) => {
      const params = queryOf(req);
      const r = await listAlerts({ store: ctx.store, skipTokens: ctx.skipTokens, now: ctx.clock.now() }, params);
      const body: Record<string, unknown> = { value: r.value };
      if (r.next) {
        const qs = new URLSearchParams(Object.entries(params).filter(([k]) => k !== 'skiptoken'));
        qs.set('skiptoken', r.next);
        body['@odata.nextLink'] = `${ctx.baseUrl(req)}/api/alerts?${qs.toString()}`;
      }
      return body;
    },
  );
  app.get(
    '/api/alerts/stats',
    { schema: { summary: 'Alert counts by status; open alerts by severity and rule', tags, response: { 200: AlertStatsSchema } }, config: { scope: 'read' } },
    async () => ctx.store.alertStats(),
  );
  app.get(
    '/api/alerts/:id',
    { schema: { summary: 'One alert', tags, params: Params, response: { 200: AlertSchema } }, config: { scope: 'read' } },
    async (req) => getAlert(ctx.store, (req.params as { id: string }).id),
  );
  app.patch(
    '/api/alerts/:id',
    {
      schema: {
        summary: 'Triage: set the status (and a note)', tags, params: Params,
        body: Type.Object({ status: Type.String(), note: Type.Optional(Type.String()) }),
        response: { 200: AlertSchema },
      },
      config: { scope: 'triage' },
    },
    async (req) => changeAlertStatus({ store: ctx.store, clock: ctx.clock }, (req.params as { id: string }).id, (req.body ?? {}) as { status: unknown }, tokenName(req)),
  );
  app.post(
    '/api/alerts/:id/suppress',
    {
      schema: {
        summary: "Suppress the alert's rule for its entity for a number of days", tags, params: Params,
        body: Type.Object({ days: Type.Integer(), note: Type.Optional(Type.String()) }),
        response: { 200: SuppressionSchema },
      },
      config: { scope: 'triage' },
    },
    async (req) => suppressAlert({ store: ctx.store, clock: ctx.clock }, (req.params as { id: string }).id, (req.body ?? {}) as { days?: unknown }, tokenName(req)),
  );
};
