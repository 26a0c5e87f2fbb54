/**
 * Calendar days as integers. Dates in the data are calendar days in China (Asia/Shanghai); they are handled
 * as plain Y-M-D values with UTC arithmetic, so a reader in any time zone sees the same day.
 */
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date, or NaN when it is not a real calendar date. */
export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return Number.NaN;
  return ms / MS_PER_DAY;
}

export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
