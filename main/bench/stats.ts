/** Small statistics for the benchmarks: medians and percentiles of samples in ms. */

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Nearest-rank percentile (p in 0…100) of the samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Rounds to `digits` decimals (for the report). */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A compact summary for the table: "median 12.3 (min 11.0, max 15.2, n 7)". */
export function summary(samples: readonly number[]): string {
  if (samples.length === 0) return 'no samples';
  return `median ${round(median(samples))} (min ${round(Math.min(...samples))}, max ${round(Math.max(...samples))}, n ${samples.length})`;
}

/** Milliseconds since `start` (a performance.now() value). */
export function since(start: number): number {
  return performance.now() - start;
}
