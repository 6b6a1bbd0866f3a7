/**
 * The nested columns of the sign-in tables (`Status`, `LocationDetails`, `DeviceDetail`,
 * `ConditionalAccessPolicies`, `AuthenticationDetails`, ...) arrive as JSON text or JSON and
 * mostly already use Graph's property names; these put the types right (numbers as text,
 * booleans as text, condition flags as numbers).
 */
import { CellError } from '../tabular/cell-values.js';
import { toBool, toFloat, toInt, toText } from '../tabular/coerce.js';
import { normaliseDateTextLoosely } from '../tabular/date-text.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const coerceIn = (o: Obj, key: string, f: (v: unknown) => unknown, prefix: string): void => {
  if (!(key in o)) return;
  try {
    const v = f(o[key]);
    if (v === undefined) o[key] = null;
    else o[key] = v;
  } catch (e) {
    if (e instanceof CellError) throw new CellError(`${prefix}${key}: ${e.message}`);
    throw e;
  }
};

export const normaliseStatus = (o: Obj): Obj => {
  coerceIn(o, 'errorCode', toInt, '');
  return o;
};

export const normaliseLocation = (o: Obj): Obj => {
  const g = o.geoCoordinates;
  if (isObj(g)) for (const k of ['latitude', 'longitude', 'altitude']) coerceIn(g, k, toFloat, 'geoCoordinates.');
  return o;
};

export const normaliseDevice = (o: Obj): Obj => {
  coerceIn(o, 'isCompliant', toBool, '');
  coerceIn(o, 'isManaged', toBool, '');
  return o;
};

/**
 * `conditionalAccessConditions` is a flags enum: Log Analytics writes the number, Graph the
 * comma-joined member names. Member values are powers of two in declaration order.
 */
const CONDITION_FLAGS = [
  'application', 'users', 'devicePlatform', 'location', 'clientType', 'signInRisk', 'userRisk', 'time',
  'deviceState', 'client', 'ipAddressSeenByAzureAD', 'ipAddressSeenByResourceProvider', 'unknownFutureValue',
  'servicePrincipals', 'servicePrincipalRisk', 'authenticationFlows', 'insiderRisk',
];

export const conditionFlagNames = (v: unknown): unknown => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
  if (n === undefined) return v;
  if (n === 0) return 'none';
  const names = CONDITION_FLAGS.filter((_, i) => (n & (1 << i)) !== 0);
  return names.length > 0 ? names.join(',') : String(n);
};

export const normaliseCaPolicies = (list: unknown[]): unknown[] =>
  list.map((p) => {
    if (!isObj(p)) return p;
    if ('conditionsSatisfied' in p) p.conditionsSatisfied = conditionFlagNames(p.conditionsSatisfied);
    if ('conditionsNotSatisfied' in p) p.conditionsNotSatisfied = conditionFlagNames(p.conditionsNotSatisfied);
    return p;
  });

export const normaliseAuthDetails = (list: unknown[]): unknown[] =>
  list.map((d, i) => {
    if (!isObj(d)) return d;
    coerceIn(d, 'succeeded', toBool, `[${i}].`);
    coerceIn(d, 'authenticationStepDateTime', (v) => {
      const t = toText(v);
      return t === undefined ? undefined : normaliseDateTextLoosely(t);
    }, `[${i}].`);
    return d;
  });

export const normaliseKeyValues = (list: unknown[]): unknown[] =>
  list.map((kv) => {
    if (isObj(kv) && kv.value !== undefined && kv.value !== null && typeof kv.value !== 'string') {
      kv.value = typeof kv.value === 'object' ? JSON.stringify(kv.value) : String(kv.value);
    }
    return kv;
  });

export const normaliseTokenProtection = (o: Obj): Obj => {
  coerceIn(o, 'signInSessionStatusCode', toInt, '');
  return o;
};
