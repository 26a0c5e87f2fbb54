/**
 * The compare view's adapter to the animation export: its chart with the cursor moving day by day (days since each
 * outbreak's start), its title and chosen outbreaks, each curve's value and date on the day (its table), and the
 * lists' credit. A file is named `compare-<ids>_day<first>_day<last>`: the days are days since start, not dates.
 */
import { chartScene } from '../../compare/chart-scene';
import type { ChartAnimationSource } from '../../export/animation/scene';
import type { Scale } from '../../compare/chart-geometry';
import type { CompareItem } from '../../compare/items';
import type { Curve } from '../../compare/series';
import { OFFICIAL_ATTRIBUTION } from '../../official/credit';
import { isoOfDay } from '../../core/calendar-day';
import type { Language } from '../../url/view-state';
import { tc } from './messages';
import { COMPARE_COLOURS, COMPARE_DASHES } from './palette';
import { te } from '../export-animation/messages';

export interface CompareExportInput {
  lang: Language;
  curves: readonly Curve[];
  items: ReadonlyMap<string, CompareItem>;
  domain: { min: number; max: number };
  top: number;
  scale: Scale;
  cursor: number;
  deepLink: string;
}

/** Days per second by default: a comparison spans months, so faster than an outbreak's 1–2. */
const COMPARE_SPEED = 8;

export function compareAnimationSource(input: CompareExportInput): ChartAnimationSource {
  const { lang, curves, items } = input;
  const name = (curve: Curve) => (lang === 'en' ? items.get(curve.id)?.en : items.get(curve.id)?.zh) ?? curve.id;
  const series = curves.map((curve, i) => ({ curve, colour: COMPARE_COLOURS[i], dash: COMPARE_DASHES[i] }));
  const valueText = (curve: Curve, value: number | null | undefined) => (value === undefined ? tc(lang, 'outside') : value === null ? tc(lang, 'noList')
    : tc(lang, curve.source === 'report-events' ? 'events' : 'areas', { n: value }));
  const anyReportEvents = curves.some((c) => c.source === 'report-events');
  return {
    kind: 'chart',
    id: `compare-${curves.map((c) => c.id).join('-')}`,
    title: `${tc(lang, 'heading')}${lang === 'zh' ? '：' : ': '}${curves.map(name).join(lang === 'zh' ? '、' : ', ')}`,
    period: { first: input.domain.min, last: input.domain.max },
    day: input.cursor,
    speed: COMPARE_SPEED,
    deepLink: input.deepLink,
    sources: [OFFICIAL_ATTRIBUTION[lang], ...(anyReportEvents ? [te(lang, 'compareReportEvents')] : [])],
    attribution: te(lang, 'compareAttribution'),
    legend: [],
    histogram: [],
    isoDate: (day) => `day${day}`,
    dateLabel: (day) => tc(lang, 'cursor', { n: day }),
    totals: (day) => `${tc(lang, 'tableCaption', { n: day })} · ${tc(lang, input.scale)}`,
    chart: (day) => chartScene(series, input.domain, input.top, input.scale, day, {
      xLabel: tc(lang, 'axisDays'),
      yLabel: tc(lang, 'chartLabel'),
      readout: (i, daySince, value) => `${name(curves[i])} · ${isoOfDay(curves[i].day0 + daySince)} · ${valueText(curves[i], value)}`,
    }),
  };
}
