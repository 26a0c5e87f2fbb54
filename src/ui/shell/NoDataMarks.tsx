/**
 * The days without data as dark ticks across a range of days: under the histogram's bars, and under the slider (its
 * track's width) so the slider shows them too. One path, memoised on the range and the predicate.
 */
import { memo } from 'react';

const WIDTH = 1000;
const HEIGHT = 4;

export const NoDataMarks = memo(function NoDataMarks({ min, max, noData, className, label }: {
  min: number; max: number; noData: (day: number) => boolean; className: string;
  /** Said to screen readers (the strip under the slider); the histogram's band is read out per day instead. */
  label?: string;
}) {
  const span = Math.max(1, max - min + 1);
  const width = Math.max(WIDTH / span, 1.5).toFixed(2);
  let ticks = '';
  for (let i = 0; i < span; i += 1) {
    if (noData(min + i)) ticks += `M${((i / span) * WIDTH).toFixed(2)} 0h${width}v${HEIGHT}h-${width}z`;
  }
  return (
    <svg className={className} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none"
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}>
      <path d={ticks} />
    </svg>
  );
});
