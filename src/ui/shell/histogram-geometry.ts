/** Where things go on the histogram, and which day a pointer at x means: pure, in fractions of the plot's width. */

/** Narrowest target (px) a day with data offers the pointer: a one-event day of a year-long range is ~3 px wide. */
export const MIN_HIT_PX = 10;

/** Centre of day `d` as a fraction of the width, for a range of days min..max. */
export const dayCentre = (d: number, min: number, max: number): number => (d - min + 0.5) / Math.max(1, max - min + 1);

/**
 * The day a pointer at `x` px of a plot `width` px wide means: the day under it, unless that day has no data and a
 * day with data lies within MIN_HIT_PX / 2 of the pointer — then the nearest such day (its bar is easy to hit).
 */
export function dayAt(x: number, width: number, min: number, max: number, hasData: (day: number) => boolean): number {
  const span = Math.max(1, max - min + 1);
  const dayWidth = width / span;
  const under = Math.min(max, Math.max(min, min + Math.floor((x / width) * span)));
  if (hasData(under) || dayWidth >= MIN_HIT_PX) return under;
  const reach = Math.ceil(MIN_HIT_PX / 2 / dayWidth);
  let best = under;
  let bestDistance = Infinity;
  for (let d = Math.max(min, under - reach); d <= Math.min(max, under + reach); d += 1) {
    const distance = Math.abs(dayCentre(d, min, max) * width - x);
    if (hasData(d) && distance <= MIN_HIT_PX / 2 && distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

/** Runs of consecutive days in `days` (sorted): a line joins reported values only within a run, never across a gap. */
export function consecutiveRuns(days: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const d of days) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === d - 1) last.push(d);
    else runs.push([d]);
  }
  return runs;
}
