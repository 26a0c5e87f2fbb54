/**
 * Where the compare chart draws its curves, linear or log. Pure.
 *
 * Log rule: the log axis runs from 1 (its floor) up; a 0 (a day with a list but no area in force) is drawn on the
 * floor, like a 1, and the chart says so. A day without any list is a gap in either scale.
 */
import type { Curve } from './series';

export type Scale = 'linear' | 'log';

export interface Frame {
  width: number;
  height: number;
  /** Days since start on the x axis. */
  min: number;
  max: number;
  /** The largest value on the y axis. */
  top: number;
}

export function xOf(frame: Frame, daySince: number): number {
  return frame.max === frame.min ? frame.width / 2 : ((daySince - frame.min) / (frame.max - frame.min)) * frame.width;
}

/** y of a value (0 at the bottom, `height`); on the log scale 0 and 1 are both at the floor. */
export function yOf(frame: Frame, value: number, scale: Scale): number {
  const share = scale === 'log' ? Math.log10(Math.max(1, value)) / Math.log10(Math.max(10, frame.top)) : value / Math.max(1, frame.top);
  return frame.height - share * frame.height;
}

/** The SVG path of a curve: one `M…L…` run per stretch of days with a list; a null day breaks the line. */
export function curvePath(curve: Curve, frame: Frame, scale: Scale): string {
  const parts: string[] = [];
  let pen = 'M';
  curve.values.forEach((value, k) => {
    if (value === null) {
      pen = 'M';
      return;
    }
    parts.push(`${pen}${xOf(frame, curve.from + k).toFixed(1)},${yOf(frame, value, scale).toFixed(1)}`);
    pen = 'L';
  });
  return parts.join('');
}

/** Tick values of the y axis: 1, 10, 100 … up to the top on log; about four round steps on linear. */
export function yTicks(top: number, scale: Scale): number[] {
  if (scale === 'log') {
    const ticks: number[] = [];
    for (let v = 1; v <= Math.max(10, top); v *= 10) ticks.push(v);
    return ticks;
  }
  const rough = Math.max(1, top) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return ticks;
}
