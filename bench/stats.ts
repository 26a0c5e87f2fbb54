/** Summary statistics for per-step timings (nearest-rank percentiles, so p95 is a time that really occurred). */
export interface Summary {
  count: number;
  median: number;
  p95: number;
  max: number;
  mean: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1),
  };
}

/** Rounds for the report: 3 significant decimals below 1, else 2 decimals. */
export function ms(value: number): number {
  if (!Number.isFinite(value)) return value;
  return value < 1 ? Number(value.toPrecision(3)) : Math.round(value * 100) / 100;
}
