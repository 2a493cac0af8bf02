/** p50 and p95 of a sample (nearest rank), in milliseconds. */
export interface Percentiles {
  p50: number;
  p95: number;
}

export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
  return { p50: rank(0.5), p95: rank(0.95) };
}
