/**
 * How the original document is stored: the top-level string properties that a column already
 * holds verbatim are left out (stored once), and the rest is deflated with a preset dictionary
 * of typical sign-in text, which is what makes a 2 KB record a few hundred bytes. Decoding puts
 * the properties back from the row, so `GET` returns every property that came in.
 *
 * Format: byte 0 = codec version (1); bytes 1.. = raw deflate of the JSON remainder.
 */
import { deflateRawSync, inflateRawSync, constants } from 'node:zlib';
import type { SignIn } from '../core/model/sign-in-schema.js';
import type { SignInRow } from '../core/model/sign-in-row.js';
import { isoFromMillis } from '../core/model/time.js';
import { DOC_DICTIONARY } from './doc-dictionary.js';

const VERSION = 1;
const dictionary = Buffer.from(DOC_DICTIONARY, 'utf8');

/** Top-level properties that equal a row column exactly when present. */
const STRIPPABLE: readonly (readonly [keyof SignIn & string, keyof SignInRow])[] = [
  ['id', 'id'],
  ['userPrincipalName', 'userPrincipalName'],
  ['userId', 'userId'],
  ['userDisplayName', 'userDisplayName'],
  ['appId', 'appId'],
  ['appDisplayName', 'appDisplayName'],
  ['resourceId', 'resourceId'],
  ['resourceDisplayName', 'resourceDisplayName'],
  ['ipAddress', 'ipAddress'],
  ['clientAppUsed', 'clientAppUsed'],
  ['correlationId', 'correlationId'],
  ['servicePrincipalId', 'servicePrincipalId'],
  ['servicePrincipalName', 'servicePrincipalName'],
  ['userAgent', 'userAgent'],
  ['appOwnerTenantId', 'appOwnerTenantId'],
  ['resourceOwnerTenantId', 'resourceOwnerTenantId'],
  ['originalRequestId', 'originalRequestId'],
  ['homeTenantId', 'homeTenantId'],
];

type RowLike = Pick<SignInRow, 'createdAt'> & Partial<Record<keyof SignInRow, unknown>>;

export const encodeDoc = (doc: SignIn, row: SignInRow): Buffer => {
  const rest: Record<string, unknown> = { ...doc };
  for (const [prop, col] of STRIPPABLE) {
    const v = rest[prop];
    if (typeof v === 'string' && v !== '' && v === row[col]) delete rest[prop];
  }
  if (rest.createdDateTime === isoFromMillis(row.createdAt)) delete rest.createdDateTime;
  const json = Buffer.from(JSON.stringify(rest), 'utf8');
  const body = deflateRawSync(json, { level: 6, dictionary, strategy: constants.Z_DEFAULT_STRATEGY });
  const out = Buffer.allocUnsafe(body.length + 1);
  out[0] = VERSION;
  body.copy(out, 1);
  return out;
};

export const decodeDoc = (blob: Uint8Array, row: RowLike): SignIn => {
  const buf = Buffer.isBuffer(blob) ? blob : Buffer.from(blob);
  if (buf[0] !== VERSION) throw new Error(`unknown document codec version ${String(buf[0])}`);
  const json = inflateRawSync(buf.subarray(1), { dictionary });
  const doc = JSON.parse(json.toString('utf8')) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (!('id' in doc)) out.id = row.id;
  if (!('createdDateTime' in doc)) out.createdDateTime = isoFromMillis(row.createdAt);
  for (const [prop, col] of STRIPPABLE) {
    if (prop === 'id') continue;
    const v = row[col];
    if (!(prop in doc) && typeof v === 'string') out[prop] = v;
  }
  return { ...out, ...doc } as SignIn;
};

/** Columns the decoder needs besides the blob. */
export const DECODE_COLUMNS: readonly (keyof SignInRow)[] = [
  'id',
  'createdAt',
  ...STRIPPABLE.map(([, col]) => col).filter((c) => c !== 'id'),
];
