/** An episode's areas in force per day: orange high + medium, red high, grey bands for days without a list. */
import { memo } from 'react';
import { sparklineShape } from './sparkline-path';

const WIDTH = 120;
const HEIGHT = 26;

export const Sparkline = memo(function Sparkline({ high, medium, peak }: { high: ReadonlyArray<number | null>; medium: ReadonlyArray<number | null>; peak: number }) {
  const total = high.map((h, i) => (h === null ? null : h + (medium[i] ?? 0)));
  const all = sparklineShape(total, WIDTH, HEIGHT, peak);
  const highOnly = sparklineShape(high, WIDTH, HEIGHT, peak);
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      {all.gaps.map((gap) => <rect key={gap.x} className="sparkline-gap" x={gap.x} y={0} width={Math.max(gap.width, 1.5)} height={HEIGHT} />)}
      <path className="sparkline-all" d={all.area} />
      <path className="sparkline-high" d={highOnly.area} />
    </svg>
  );
});
