/**
 * Get one sign-in by id, as Graph's `GET /{version}/auditLogs/signIns/{id}`: v1.0 knows only
 * interactive user sign-ins (any other id is not found there) and only v1.0 properties.
 */
import { AppError } from '../errors.js';
import { deriveSignInType } from '../model/sign-in-type.js';
import type { SignInStore } from '../ports.js';
import { parseGetOptions, type RawQuery } from '../query/odata-options.js';
import { shapeSignIn } from '../query/odata-shape.js';
import type { ApiVersion } from '../query/odata-validate.js';

export interface GetSignInRequest {
  readonly api: ApiVersion;
  readonly id: string;
  readonly query: RawQuery;
}

export const getSignIn = async (
  deps: { readonly store: Pick<SignInStore, 'get'> },
  req: GetSignInRequest,
): Promise<{ readonly value: Record<string, unknown>; readonly select?: readonly string[] | undefined }> => {
  const { select } = parseGetOptions(req.query, req.api);
  const notFound = () => new AppError('NotFound', `Sign-in '${req.id.slice(0, 256)}' was not found`);
  if (req.id.length === 0 || req.id.length > 256) throw notFound();
  const doc = await deps.store.get(req.id);
  if (!doc || (req.api === 'v1.0' && deriveSignInType(doc) !== 'interactiveUser')) throw notFound();
  return { value: shapeSignIn(doc, req.api, select), select };
};
