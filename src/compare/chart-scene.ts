/**
 * The compare view's chart (src/ui/compare/CompareChart.tsx) as a frame's chart: the same curves, axes and log rule
 * (src/compare/chart-geometry.ts) in shares of the plot box, the cursor on the frame's day, and a readout per
 * curve (the view's table: its name, date and value that day). Pure.
 */
import { xOf, yOf, yTicks, type Frame, type Scale } from './chart-geometry';
import { valueAt, type Curve } from './series';
import type { ChartScene } from '../export/animation/scene';

export interface ChartSeries {
  curve: Curve;
  colour: string;
  /** SVG dash ("6 3"), empty for solid. */
  dash: string;
}

export interface ChartWords {
  xLabel: string;
  yLabel: string;
  /** The readout of a curve on a day since start: its value (a number, null = no list, undefined = outside it). */
  readout(index: number, daySince: number, value: number | null | undefined): string;
}

/** Round x ticks: every 5, 10, 20 or 50 days as the span grows, as the view's chart. */
export function dayTicks(domain: { min: number; max: number }): number[] {
  const span = domain.max - domain.min;
  const step = span > 200 ? 50 : span > 80 ? 20 : span > 30 ? 10 : 5;
  const ticks: number[] = [];
  // `|| 0`: no -0 (Math.ceil of a small negative share).
  for (let d = Math.ceil(domain.min / step) * step || 0; d <= domain.max; d += step) ticks.push(d);
  return ticks;
}

/** The chart of `series` with the cursor on `daySince`. */
export function chartScene(series: readonly ChartSeries[], domain: { min: number; max: number }, top: number, scale: Scale, daySince: number, words: ChartWords): ChartScene {
  const frame: Frame = { width: 1, height: 1, min: domain.min, max: domain.max, top };
  const dash = (value: string) => (value ? value.split(' ').map(Number) : []);
  return {
    lines: series.map(({ curve, colour, dash: d }) => ({
      colour, dash: dash(d),
      points: curve.values.map((value, k) => (value === null ? null : [xOf(frame, curve.from + k), yOf(frame, value, scale)] as const)),
    })),
    cursor: {
      x: xOf(frame, daySince),
      dots: series.map(({ curve, colour }) => {
        const value = valueAt(curve, daySince);
        return typeof value === 'number' ? { colour, y: yOf(frame, value, scale) } : null;
      }),
    },
    xTicks: dayTicks(domain).map((d) => ({ at: xOf(frame, d), label: String(d) })),
    yTicks: yTicks(top, scale).map((v) => ({ at: yOf(frame, v, scale), label: String(v) })),
    xLabel: words.xLabel,
    yLabel: words.yLabel,
    readouts: series.map(({ curve, colour, dash: d }, i) => ({ colour, dash: dash(d), text: words.readout(i, daySince, valueAt(curve, daySince)) })),
  };
}
