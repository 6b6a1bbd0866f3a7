/** `GET /api/rules`: the detection rules with their effective parameters and whether they run. */
import { listRules } from '../../core/use-cases/list-rules.js';
import { RuleListSchema } from '../alert-schemas.js';
import type { RoutePlugin } from '../types.js';

export const ruleRoutes: RoutePlugin = async (app, ctx) => {
  app.get(
    '/api/rules',
    { schema: { summary: 'Detection rules (built-in and custom) with effective parameters', tags: ['Alerts'], response: { 200: RuleListSchema } }, config: { scope: 'read' } },
    async () => ({ value: listRules(ctx.rules) }),
  );
};
