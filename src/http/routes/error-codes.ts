/** The error-code catalog: `GET /api/error-codes` and `GET /api/error-codes/{code}`. */
import { Type } from '@sinclair/typebox';
import { getErrorCode, listErrorCodes, type ErrorCodeQuery } from '../../core/use-cases/list-error-codes.js';
import { ACTORS, CATEGORIES, OUTCOMES } from '../../core/catalog/types.js';
import { CatalogEntrySchema } from '../analytics-schemas.js';
import type { RoutePlugin } from '../types.js';

export const ErrorCodeEntrySchema = Type.Composite([CatalogEntrySchema, Type.Object({ signInCount: Type.Integer() })]);
const ErrorCodeListSchema = Type.Object({ count: Type.Integer(), value: Type.Array(ErrorCodeEntrySchema) });

export const errorCodeRoutes: RoutePlugin = async (app, ctx) => {
  const tags = ['Error codes'];
  app.get(
    '/api/error-codes',
    {
      schema: {
        summary: 'The error-code catalog (filter, search in English and Japanese, stored counts)',
        tags,
        response: { 200: ErrorCodeListSchema },
      },
      config: {
        scope: 'read',
        openapi: {
          query: [
            { name: 'category', description: `One of ${CATEGORIES.join(', ')}` },
            { name: 'outcome', description: `One of ${OUTCOMES.join(', ')}` },
            { name: 'actor', description: `One of ${ACTORS.join(', ')}` },
            { name: 'q', description: 'Words to find in the code, identifier and texts (both languages)' },
          ],
        },
      },
    },
    async (req) => {
      const q = (req.query ?? {}) as Record<string, unknown>;
      const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
      const query: ErrorCodeQuery = { category: str(q.category), outcome: str(q.outcome), actor: str(q.actor), q: str(q.q) };
      const value = await listErrorCodes(ctx.store, query);
      return { count: value.length, value };
    },
  );
  app.get(
    '/api/error-codes/:code',
    {
      schema: {
        summary: 'One error code with its explanation and the number of stored sign-ins carrying it',
        tags,
        params: Type.Object({ code: Type.String({ maxLength: 16 }) }),
        response: { 200: ErrorCodeEntrySchema },
      },
      config: { scope: 'read' },
    },
    async (req) => getErrorCode(ctx.store, (req.params as { code: string }).code),
  );
};
