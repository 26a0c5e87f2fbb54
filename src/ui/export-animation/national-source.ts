/**
 * The national view's adapter to the animation export: the official areas in force per province on each day as the
 * map shows them at country zoom (a circle per province, its number, red when one of them is high risk; the sizes
 * of src/map/national/aggregate-style.ts), from a NationalModel of the export's own over the loaded record (the
 * view's model and map are never moved), on the offline province outlines; totals and "no data" days from the
 * record's day totals.
 */
import { STATUS_COLOURS } from '../../map/style';
import { circleColour, circleRadius, countLabel } from '../../map/national/aggregate-style';
import { loadOutlines } from '../../map/national/basemap-data';
import { OUTLINES_ATTRIBUTION } from '../../map/national/national-outlines';
import type { AnimationSource, SceneShape } from '../../export/animation/scene';
import type { UnitLevelSet, UnitLevel } from '../../national/admin-units';
import { ListedDays } from '../../national/listed-days';
import { NationalModel } from '../../national/national-model';
import type { NationalRecord } from '../../national/record';
import { OFFICIAL_ATTRIBUTION } from '../../official/credit';
import { isoOfDay } from '../../timeline/days';
import type { Language } from '../../url/view-state';
import { tn, totalsText } from '../national/messages';
import { polygonsOf } from './atlas-source';
import { te } from './messages';

export interface NationalExportInput {
  record: NationalRecord;
  units: Record<UnitLevel, UnitLevelSet>;
  /** Label point per province unit (lon/lat), as the map places its circles. */
  provincePoints: ReadonlyArray<{ lon: number; lat: number }>;
  range: { min: number; max: number };
  day: number;
  speed: number;
  lang: Language;
  deepLink: string;
  tilesOnScreen: boolean;
}

const CHINA = { south: 18.1, west: 73.4, north: 53.6, east: 135.1 };

export async function nationalAnimationSource(input: NationalExportInput): Promise<AnimationSource> {
  const { record, lang, range } = input;
  const provinces = await loadOutlines('provinces');
  const basemap: SceneShape[] = provinces.features.flatMap((f) => polygonsOf(f.geometry).map((rings): SceneShape => ({
    type: 'polygon', rings, fill: '#f4f1ea', fillOpacity: 1, stroke: { colour: '#8d99a6', width: 0.8, opacity: 1 },
  })));
  // A day without a list shows the last listed day's state, as the view does (never "all lifted").
  const model = new NationalModel(record.areaCount, record.intervals, input.units, input.day, { listed: ListedDays.fromTotals(record.totals, range.min) });
  const at = (day: number) => day - range.min;
  const histogram: Array<number | null> = [];
  for (let d = range.min; d <= range.max; d += 1) {
    const high = record.totals.high[at(d)] ?? null;
    const medium = record.totals.medium[at(d)] ?? null;
    histogram.push(high === null && medium === null ? null : (high ?? 0) + (medium ?? 0));
  }
  const outlines = OUTLINES_ATTRIBUTION.split(':')[1]?.trim() ?? OUTLINES_ATTRIBUTION;
  return {
    id: 'china',
    title: tn(lang, 'allChina'),
    period: { first: range.min, last: range.max },
    day: input.day, speed: input.speed, deepLink: input.deepLink,
    bounds: CHINA,
    basemap: { shapes: basemap, attribution: `${lang === 'zh' ? '底图：' : 'Basemap: '}${outlines}${input.tilesOnScreen ? te(lang, 'outlinesInsteadOfTiles') : ''}` },
    sources: [OFFICIAL_ATTRIBUTION[lang]],
    legend: [
      { label: tn(lang, 'high'), colour: STATUS_COLOURS['high-risk'] },
      { label: tn(lang, 'medium'), colour: STATUS_COLOURS['medium-risk'] },
      { label: tn(lang, 'noData'), colour: '#cbd2d9' },
    ],
    histogram,
    isoDate: isoOfDay,
    dateLabel: isoOfDay,
    totals: (day) => totalsText({ high: record.totals.high[at(day)] ?? null, medium: record.totals.medium[at(day)] ?? null }, lang),
    scene(day) {
      model.moveTo(day);
      const counts = model.counts.province;
      const shapes: SceneShape[] = [];
      input.provincePoints.forEach((point, unit) => {
        const total = counts.total(unit);
        const level = counts.topLevel(unit);
        if (!total || !level || !Number.isFinite(point.lat)) return;
        shapes.push({ type: 'dot', at: [point.lon, point.lat], radiusPx: circleRadius(total), colour: circleColour(level), opacity: 0.9, dashedRing: false, label: countLabel(total, lang) });
      });
      return shapes;
    },
  };
}
