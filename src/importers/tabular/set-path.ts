/** Sets `a.b.c` in a plain object, creating the objects on the way (CSV cells → nested signIn). */
export const setPath = (target: Record<string, unknown>, path: readonly string[], value: unknown): void => {
  let o = target;
  const last = path.length - 1;
  for (let i = 0; i < last; i++) {
    const k = path[i] as string;
    let next = o[k];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      next = {};
      o[k] = next;
    }
    o = next as Record<string, unknown>;
  }
  o[path[last] as string] = value;
};

export const getPath = (source: Record<string, unknown>, path: readonly string[]): unknown => {
  let o: unknown = source;
  for (const k of path) {
    if (typeof o !== 'object' || o === null) return undefined;
    o = (o as Record<string, unknown>)[k];
  }
  return o;
};
