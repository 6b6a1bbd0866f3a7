/** `/healthz`: liveness without auth, for load balancers and container probes. */
import { HealthSchema } from '../schemas.js';
import type { RoutePlugin } from '../types.js';

export const healthRoutes: RoutePlugin = async (app) => {
  app.get(
    '/healthz',
    { schema: { summary: 'Liveness probe', tags: ['Operations'], response: { 200: HealthSchema } }, config: { scope: 'public' } },
    async () => ({ status: 'ok' as const }),
  );
};
