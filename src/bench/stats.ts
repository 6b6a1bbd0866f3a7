/** Small statistics helpers for benchmark timings. */
export const percentile = (sorted: readonly number[], p: number): number => {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
};

export const timeMany = async (runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number; mean: number }> => {
  for (let i = 0; i < Math.min(5, runs); i++) await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), mean: times.reduce((a, b) => a + b, 0) / times.length };
};

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));
