/**
 * The demo generator's randomness: sfc32 (128-bit state, fast, good statistical quality) seeded
 * through splitmix32, plus Vose alias tables for O(1) weighted picks. Nothing here touches
 * `Math.random`: the same seed must always give the same sign-ins.
 */

export interface Random {
  /** Next unsigned 32-bit integer. */
  u32(): number;
  /** Uniform in [0, 1). */
  float(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** murmur3's 32-bit finaliser: a bijection on 32-bit integers, so distinct inputs stay distinct. */
export const mix32 = (x: number): number => {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/** Folds any finite number (negative, fractional, above 2^32) into 32 bits without losing the high part. */
export const foldSeed = (seed: number): number => {
  const whole = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  const low = whole >>> 0;
  const high = Math.floor(whole / 4294967296) >>> 0;
  return mix32(low ^ mix32(high + 0x3c6ef372));
};

class Sfc32 implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = foldSeed(seed);
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      return mix32(s);
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    // The first outputs of a freshly seeded sfc32 are correlated with the seed; burn them.
    for (let i = 0; i < 15; i++) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  float(): number {
    return this.u32() / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }
}

export const createRandom = (seed: number): Random => new Sfc32(seed);

/** A weighted choice among `weights.length` items in O(1) per pick (Vose's alias method). */
export interface Picker {
  readonly size: number;
  pick(random: Random): number;
}

export const createPicker = (weights: readonly number[]): Picker => {
  const n = weights.length;
  if (n === 0) throw new RangeError('createPicker needs at least one weight');
  const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
  if (!(total > 0)) throw new RangeError('createPicker needs a positive total weight');
  const prob = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = weights.map((w) => (Math.max(0, w) * n) / total);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length > 0 && large.length > 0) {
    const s = small.pop() as number;
    const l = large.pop() as number;
    prob[s] = scaled[s] as number;
    alias[s] = l;
    const rest = (scaled[l] as number) + (scaled[s] as number) - 1;
    scaled[l] = rest;
    (rest < 1 ? small : large).push(l);
  }
  // Whatever is left is 1 up to rounding error.
  for (const i of large) prob[i] = 1;
  for (const i of small) prob[i] = 1;
  return {
    size: n,
    pick(random: Random): number {
      const u = random.float() * n;
      const i = u | 0;
      return u - i < (prob[i] as number) ? i : (alias[i] as number);
    },
  };
};
