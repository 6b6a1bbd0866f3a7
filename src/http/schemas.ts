/**
 * Response schemas of the Graph-compatible routes, in TypeBox: /openapi.json is generated from
 * them and the tests validate responses against them (Value.Check). They are not used to
 * serialise: responses are plain JSON.stringify, so a stored document goes out exactly as it
 * came in.
 */
import { Type } from '@sinclair/typebox';
import { SignInSchema } from '../core/model/sign-in-schema.js';

export { SignInSchema };

/** A sign-in as returned with `$select` (only the selected properties). */
export const SelectedSignInSchema = Type.Partial(SignInSchema, { additionalProperties: true });

export const SignInCollectionSchema = Type.Object(
  {
    '@odata.context': Type.String({ description: 'e.g. https://host/beta/$metadata#auditLogs/signIns' }),
    '@odata.count': Type.Optional(Type.Integer({ minimum: 0, description: 'With $count=true; at most the count cap' })),
    '@signinReport.countCapped': Type.Optional(
      Type.Boolean({ description: 'true when counting stopped at the cap: the true count is larger than @odata.count' }),
    ),
    '@odata.nextLink': Type.Optional(Type.String({ description: 'Absolute URL of the next page, with $skiptoken' })),
    value: Type.Array(Type.Union([SignInSchema, SelectedSignInSchema])),
  },
  { additionalProperties: false },
);

export const SignInEntitySchema = Type.Intersect([
  Type.Object({ '@odata.context': Type.String({ description: 'e.g. https://host/beta/$metadata#auditLogs/signIns/$entity' }) }),
  SelectedSignInSchema,
]);

export const ErrorEnvelopeSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      innerError: Type.Object(
        {
          date: Type.String({ description: 'UTC, no offset, as Graph sends it' }),
          'request-id': Type.String(),
          'client-request-id': Type.String(),
          code: Type.Optional(Type.String({ description: 'Our finer error code, e.g. InvalidFilter' })),
        },
        { additionalProperties: true },
      ),
    }),
  },
  { additionalProperties: false },
);

export const HealthSchema = Type.Object({ status: Type.Literal('ok') });
