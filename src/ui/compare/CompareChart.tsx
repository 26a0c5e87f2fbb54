/** The compare view's SVG chart: one curve per outbreak (colour and dash), the axes, and the cursor's line. */
import { curvePath, xOf, yOf, yTicks, type Frame, type Scale } from '../../compare/chart-geometry';
import type { Curve } from '../../compare/series';
import type { Language } from '../../url/view-state';
import { tc } from './messages';
import { COMPARE_COLOURS, COMPARE_DASHES } from './palette';

const [W, H, LEFT, BOTTOM, TOP] = [640, 280, 44, 26, 8];

export function CompareChart({ lang, curves, domain, top, scale, cursor }: {
  lang: Language; curves: readonly Curve[]; domain: { min: number; max: number }; top: number; scale: Scale; cursor: number;
}) {
  const frame: Frame = { width: W - LEFT - 8, height: H - BOTTOM - TOP, min: domain.min, max: domain.max, top };
  const span = domain.max - domain.min;
  const step = span > 200 ? 50 : span > 80 ? 20 : span > 30 ? 10 : 5;
  const xTicks: number[] = [];
  for (let d = Math.ceil(domain.min / step) * step; d <= domain.max; d += step) xTicks.push(d);
  return (
    <svg className="compare-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={tc(lang, 'chartLabel')} data-testid="compare-chart" data-scale={scale}>
      <g transform={`translate(${LEFT},${TOP})`}>
        {yTicks(top, scale).map((v) => (
          <g key={v} className="tick">
            <line x1={0} x2={frame.width} y1={yOf(frame, v, scale)} y2={yOf(frame, v, scale)} />
            <text x={-4} y={yOf(frame, v, scale) + 4} textAnchor="end">{v}</text>
          </g>
        ))}
        {xTicks.map((d) => <text key={d} className="tick" x={xOf(frame, d)} y={frame.height + 16} textAnchor="middle">{d}</text>)}
        {curves.map((curve, i) => (
          <path key={curve.id} d={curvePath(curve, frame, scale)} fill="none" stroke={COMPARE_COLOURS[i]} strokeWidth={2}
            strokeDasharray={COMPARE_DASHES[i] || undefined} data-testid="compare-curve" data-id={curve.id} />
        ))}
        <line className="cursor-line" x1={xOf(frame, cursor)} x2={xOf(frame, cursor)} y1={0} y2={frame.height} data-testid="compare-cursor-line" />
      </g>
    </svg>
  );
}
