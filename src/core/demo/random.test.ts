// Covers the demo PRNG and alias-table picker: reproducibility, range, and weighted frequencies.
import { describe, expect, it } from 'vitest';
import { createPicker, createRandom, foldSeed, mix32 } from './random.js';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    const c = createRandom(2);
    const seqA = Array.from({ length: 50 }, () => a.u32());
    expect(Array.from({ length: 50 }, () => b.u32())).toEqual(seqA);
    expect(Array.from({ length: 50 }, () => c.u32())).not.toEqual(seqA);
  });

  it('keeps float in [0, 1) and int in [0, n)', () => {
    const r = createRandom(9);
    let outside = 0;
    for (let i = 0; i < 10_000; i++) {
      const f = r.float();
      const n = r.int(7);
      if (!(f >= 0 && f < 1) || !(Number.isInteger(n) && n >= 0 && n < 7)) outside++;
    }
    expect(outside).toBe(0);
  });

  it('folds seeds beyond 32 bits without collapsing them', () => {
    expect(foldSeed(2 ** 40)).not.toBe(foldSeed(0));
    expect(foldSeed(-1)).not.toBe(foldSeed(1));
    expect(foldSeed(3.7)).toBe(foldSeed(3));
  });

  it('mix32 is a bijection on a sample (no collisions)', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100_000; i++) seen.add(mix32(i));
    expect(seen.size).toBe(100_000);
  });
});

describe('createPicker', () => {
  it('picks in proportion to the weights and never picks a zero weight', () => {
    const picker = createPicker([1, 0, 3, 6]);
    const r = createRandom(5);
    const counts = [0, 0, 0, 0];
    const n = 100_000;
    for (let i = 0; i < n; i++) counts[picker.pick(r)]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[0]! / n).toBeCloseTo(0.1, 1);
    expect(counts[2]! / n).toBeCloseTo(0.3, 1);
    expect(counts[3]! / n).toBeCloseTo(0.6, 1);
  });

  it('rejects empty or all-zero weights', () => {
    expect(() => createPicker([])).toThrow(RangeError);
    expect(() => createPicker([0, 0])).toThrow(RangeError);
  });
});
