/**
 * Tiny decoders for the UI's view of API responses: the server is a trust boundary, so every
 * response is checked for the shape the UI relies on before it reaches a component. A decoder
 * either returns a typed value or throws `DecodeError` naming the path that did not fit.
 */

export class DecodeError extends Error {
  constructor(path: string, expected: string) {
    super(`Unexpected response from the server: ${path} should be ${expected}`);
    this.name = 'DecodeError';
  }
}

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const obj = (v: unknown, path: string): Json => {
  if (!isObject(v)) throw new DecodeError(path, 'an object');
  return v;
};

export const arr = (v: unknown, path: string): unknown[] => {
  if (!Array.isArray(v)) throw new DecodeError(path, 'an array');
  return v;
};

export const str = (v: unknown, path: string): string => {
  if (typeof v !== 'string') throw new DecodeError(path, 'a string');
  return v;
};

export const num = (v: unknown, path: string): number => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new DecodeError(path, 'a number');
  return v;
};

/** A string, or undefined when the property is null, absent or not a string (Graph sends nulls and ""). */
export const optStr = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export const optNum = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export const optBool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

export const strList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export const list = <T>(v: unknown, path: string, item: (x: unknown, p: string) => T): T[] =>
  arr(v, path).map((x, i) => item(x, `${path}[${i}]`));

export const oneOf = <T extends string>(v: unknown, path: string, values: readonly T[]): T => {
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
  throw new DecodeError(path, `one of ${values.join(', ')}`);
};
