/**
 * The geometry of an episode's sparkline (areas in force per day): one step area per run of days with a list, and
 * the days without a list as their own bands, so "no data" is never drawn as 0. Pure.
 */

export interface SparklineShape {
  /** SVG path of the area (`d`), empty when nothing is in force. */
  area: string;
  /** x and width of each day without a list. */
  gaps: Array<{ x: number; width: number }>;
}

/** `values[i]` for day i of the episode (null: no list); scaled so `max` reaches the top of `height`. */
export function sparklineShape(values: ReadonlyArray<number | null>, width: number, height: number, max: number): SparklineShape {
  const step = width / Math.max(values.length, 1);
  const y = (v: number) => +(height - (max > 0 ? (v / max) * height : 0)).toFixed(2);
  const x = (i: number) => +(i * step).toFixed(2);
  let area = '';
  const gaps: SparklineShape['gaps'] = [];
  let open = false;
  values.forEach((value, i) => {
    if (value === null) {
      if (open) area += `L${x(i)},${height}Z`;
      open = false;
      gaps.push({ x: x(i), width: +step.toFixed(2) });
      return;
    }
    if (!open) area += `M${x(i)},${height}`;
    open = true;
    area += `L${x(i)},${y(value)}L${x(i + 1)},${y(value)}`;
  });
  if (open) area += `L${x(values.length)},${height}Z`;
  return { area, gaps };
}
