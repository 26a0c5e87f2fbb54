/**
 * The national view's adapter to the animation export: the official areas in force per province on each day as the
 * map shows them at country zoom (a circle per province, its number, red when one of them is high risk; the sizes
 * of src/map/national/aggregate-style.ts), from a NationalModel of the export's own over the loaded record (the
 * view's model and map are never moved), on the offline province outlines; totals and "no data" days from the
 * record's day totals. Scoped to an episode (`scope`), it covers the episode's days on the unit's bounds with the
 * unit's totals, and draws the unit's single areas as dots (an episode is city-scale), a dashed ring on a coarse one.
 */
import { STATUS_COLOURS } from '../../map/style';
import { circleColour, circleRadius, countLabel } from '../../map/national/aggregate-style';
import { loadOutlines } from '../../map/national/basemap-data';
import { OUTLINES_ATTRIBUTION } from '../../map/national/national-outlines';
import type { AnimationSource, SceneShape } from '../../export/animation/scene';
import type { UnitLevelSet, UnitLevel } from '../../national/admin-units';
import { HIGH, NOT_SHOWN, isInForce, levelOf } from '../../national/area-timeline';
import { ListedDays } from '../../national/listed-days';
import { NationalModel } from '../../national/national-model';
import type { Bounds } from '../../national/episode-scope';
import type { DayTotals, NationalRecord } from '../../national/record';
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
  /** The exported period (the slider's range); record.totals count from record.firstDay, not from range.min. */
  range: { min: number; max: number };
  day: number;
  speed: number;
  lang: Language;
  deepLink: string;
  tilesOnScreen: boolean;
  scope?: NationalExportScope;
}

/** An episode's scope of the export (src/ui/national/view-scope.ts), its areas at their map points. */
export interface NationalExportScope {
  /** The episode id, the file name's stem. */
  id: string;
  /** Adcode of the episode's unit: the areas drawn are those of this unit. */
  adcode: string;
  title: string;
  bounds: Bounds;
  /** The unit's outline rings (lon/lat), drawn over the provinces; null when the gazetteer has none. */
  outline: ReadonlyArray<ReadonlyArray<[number, number]>> | null;
  /** The unit's areas in force per day from range.min; null = no list that day. */
  totals: DayTotals;
  /** Map point (lon/lat) and uncertainty radius (m, 0 = located) per area, as the map's layer has them. */
  points: { lon: ArrayLike<number>; lat: ArrayLike<number>; uncertaintyMetres: ArrayLike<number> };
}

const CHINA = { south: 18.1, west: 73.4, north: 53.6, east: 135.1 };

export async function nationalAnimationSource(input: NationalExportInput): Promise<AnimationSource> {
  const { record, lang, range } = input;
  const provinces = await loadOutlines('provinces');
  const basemap: SceneShape[] = provinces.features.flatMap((f) => polygonsOf(f.geometry).map((rings): SceneShape => ({
    type: 'polygon', rings, fill: '#f4f1ea', fillOpacity: 1, stroke: { colour: '#8d99a6', width: 0.8, opacity: 1 },
  })));
  if (input.scope?.outline) basemap.push({ type: 'polygon', rings: input.scope.outline, fill: null, fillOpacity: 0, stroke: { colour: '#52606d', width: 1.5, opacity: 1 } });
  // A day without a list shows the last listed day's state, as the view does (never "all lifted").
  const model = new NationalModel(record.areaCount, record.intervals, input.units, input.day, { listed: ListedDays.fromTotals(record.totals, record.firstDay) });
  const { scope } = input;
  // The scope's totals count from range.min, the record's from its own first day.
  const dayTotals = scope ? scope.totals : record.totals;
  const at = (day: number) => day - (scope ? range.min : record.firstDay);
  const countsOn = (day: number) => ({ high: dayTotals.high[at(day)] ?? null, medium: dayTotals.medium[at(day)] ?? null });
  const histogram: Array<number | null> = [];
  for (let d = range.min; d <= range.max; d += 1) {
    const { high, medium } = countsOn(d);
    histogram.push(high === null && medium === null ? null : (high ?? 0) + (medium ?? 0));
  }
  const unitAreas = scope ? areasOfUnit(input.units, scope.adcode) : [];
  const outlines = OUTLINES_ATTRIBUTION.split(':')[1]?.trim() ?? OUTLINES_ATTRIBUTION;
  return {
    id: scope?.id ?? 'china',
    title: scope?.title ?? tn(lang, 'allChina'),
    period: { first: range.min, last: range.max },
    day: input.day, speed: input.speed, deepLink: input.deepLink,
    bounds: scope ? { south: scope.bounds[0][0], west: scope.bounds[0][1], north: scope.bounds[1][0], east: scope.bounds[1][1] } : CHINA,
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
    totals: (day) => totalsText(countsOn(day), lang),
    scene(day) {
      model.moveTo(day);
      if (scope) return areaDots(model.states, unitAreas, scope.points);
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

/** Areas placed in the unit of `adcode` (at whichever level the unit is), in id order. */
export function areasOfUnit(units: Record<UnitLevel, UnitLevelSet>, adcode: string): number[] {
  for (const set of Object.values(units)) {
    const unit = set.units.findIndex((u) => u.division.code === adcode);
    if (unit < 0) continue;
    const areas: number[] = [];
    set.unitOfArea.forEach((u, area) => { if (u === unit) areas.push(area); });
    return areas;
  }
  return [];
}

const AREA_DOT_PX = 4;

/** A dot per area in force (the faded lifted ones left out), one per point and level where areas share a point. */
export function areaDots(states: Uint8Array, areas: readonly number[], points: NationalExportScope['points']): SceneShape[] {
  // High risk drawn last, on top.
  const [medium, high]: SceneShape[][] = [[], []];
  const drawn = new Set<string>();
  for (const area of areas) {
    const state = states[area] ?? NOT_SHOWN;
    if (!isInForce(state)) continue;
    const isHigh = levelOf(state) === HIGH;
    const [lon, lat] = [points.lon[area], points.lat[area]];
    const coarse = points.uncertaintyMetres[area] > 0;
    const key = `${lon},${lat},${isHigh},${coarse}`;
    if (!Number.isFinite(lat) || drawn.has(key)) continue;
    drawn.add(key);
    (isHigh ? high : medium).push({ type: 'dot', at: [lon, lat], radiusPx: AREA_DOT_PX, colour: STATUS_COLOURS[isHigh ? 'high-risk' : 'medium-risk'], opacity: 0.9, dashedRing: coarse });
  }
  return [...medium, ...high];
}
