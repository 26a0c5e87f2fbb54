/**
 * The frames of an animation: one per day of the range, each lasting 1 / (days per second). Computed from the
 * days alone, never from a clock, so the output is the same however fast the machine is.
 */

export interface FrameSlot {
  /** 0-based frame number. */
  index: number;
  day: number;
  /** Start of the frame in seconds. */
  timestamp: number;
  /** Length of the frame in seconds. */
  duration: number;
}

export interface DayRange {
  from: number;
  to: number;
}

/** The range clamped to the period and put in order. */
export function clampRange(range: DayRange, period: { first: number; last: number }): DayRange {
  const clamp = (d: number) => Math.min(period.last, Math.max(period.first, Math.round(d)));
  const a = clamp(range.from);
  const b = clamp(range.to);
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

export function frameCount(range: DayRange): number {
  return range.to - range.from + 1;
}

/** The frames of a range, lazily: the export asks for one at a time. */
export function* frameSchedule(range: DayRange, daysPerSecond: number): Generator<FrameSlot> {
  if (!(daysPerSecond > 0)) throw new Error(`days per second must be positive, got ${daysPerSecond}`);
  const duration = 1 / daysPerSecond;
  for (let index = 0; index < frameCount(range); index += 1) {
    yield { index, day: range.from + index, timestamp: index * duration, duration };
  }
}

/** A GIF's delay per frame in its unit of 1/100 s (at least 2: many viewers play smaller delays slowly). */
export function gifDelayCentiseconds(daysPerSecond: number): number {
  return Math.max(2, Math.round(100 / daysPerSecond));
}
