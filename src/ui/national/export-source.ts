/**
 * The national view's adapter to the animation export: the official areas in force on each day as the map shows
 * them at the frame's zoom (aggregate-style.ts: a circle per province, prefecture or county with its number, red
 * when one of them is high risk; from city zoom every single area as a dot, a dashed ring on a coarse one, faded
 * when lifted), from a NationalModel of the export's own over the loaded record (the
 * view's model and map are never moved), on the offline province outlines; totals and "no data" days from the
 * record's day totals. Scoped to an episode (`scope`), it covers the episode's days on the unit's bounds with the
 * unit's totals, and draws the unit's single areas as dots (an episode is city-scale), a dashed ring on a coarse one.
 */
import { STATUS_COLOURS } from '../../map/style';
import { aggregationAt, circleColour, circleRadius, countLabel, pointRadius } from '../../map/national/aggregate-style';
import { loadOutlines } from '../../map/national/basemap-data';
import { OUTLINES_ATTRIBUTION } from '../../map/national/national-outlines';
import type { DayBounds, MapAnimationSource, SceneShape } from '../../export/animation/scene';
import type { UnitLevelSet, UnitLevel } from '../../national/admin-units';
import { FADED, HIGH, NOT_SHOWN, isInForce, levelOf } from '../../national/area-timeline';
import { ListedDays } from '../../national/listed-days';
import { NationalModel } from '../../national/national-model';
import type { Bounds } from '../../national/episode-scope';
import type { DayTotals, NationalRecord } from '../../national/record';
import { OFFICIAL_ATTRIBUTION } from '../../official/credit';
import { isoOfDay } from '../../core/calendar-day';
import type { Language } from '../../url/view-state';
import { tn, totalsText } from './messages';
import { t } from '../shell/i18n';
import { currentViewOf, type MapOnScreen } from '../export-animation/atlas-source';
import { polygonsOf } from '../export-animation/polygons';
import { te } from '../export-animation/messages';

export interface NationalExportInput {
  record: NationalRecord;
  units: Record<UnitLevel, UnitLevelSet>;
  /** What the map's layers draw from (NationalLayerData): label points per unit and level, and each area's point. */
  layer: NationalPoints & { units: Record<UnitLevel, ReadonlyArray<{ lon: number; lat: number; unplacedCounty?: boolean }>> };
  /** The map on screen (pan, zoom and size), for a frame that follows it. */
  mapView?: MapOnScreen | null;
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
  points: NationalPoints;
}

export interface NationalPoints { lon: ArrayLike<number>; lat: ArrayLike<number>; uncertaintyMetres: ArrayLike<number> }

const CHINA = { south: 18.1, west: 73.4, north: 53.6, east: 135.1 };

export async function nationalAnimationSource(input: NationalExportInput): Promise<MapAnimationSource> {
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
    title: scope?.title ?? t(lang, 'allChina'),
    period: { first: range.min, last: range.max },
    day: input.day, speed: input.speed, deepLink: input.deepLink,
    bounds: scope ? { south: scope.bounds[0][0], west: scope.bounds[0][1], north: scope.bounds[1][0], east: scope.bounds[1][1] } : CHINA,
    currentView: currentViewOf(input.mapView),
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
    scene(day, view) {
      model.moveTo(day);
      if (scope) return areaDots(model.states, unitAreas, scope.points);
      const aggregation = aggregationAt(view.zoom);
      if (aggregation === 'points') return pointDots(model.states, input.layer, view.bounds, view.zoom);
      const counts = model.counts[aggregation];
      const circles: Array<{ total: number; shape: SceneShape }> = [];
      input.layer.units[aggregation].forEach((point, unit) => {
        const total = counts.total(unit);
        const level = counts.topLevel(unit);
        if (!total || !level || !Number.isFinite(point.lat) || !Number.isFinite(point.lon)) return;
        circles.push({ total, shape: { type: 'dot', at: [point.lon, point.lat], radiusPx: circleRadius(total), colour: circleColour(level), opacity: 0.88, dashedRing: Boolean(point.unplacedCounty), label: countLabel(total, lang) } });
      });
      // Largest first, as the map draws them: a small unit beside a big city stays on top and readable.
      return circles.sort((a, b) => circleRadius(b.total) - circleRadius(a.total) || b.total - a.total).map((c) => c.shape);
    },
  };
}

/**
 * City zoom: every area shown on the day inside the frame's bounds (with a margin, as a frame is wider or taller
 * than the bounds), as the map's point layer draws it: faded lifted areas under those in force, high risk on top, a
 * dashed ring for a coarse point, one mark per point, level and state where areas share a point.
 */
export function pointDots(states: Uint8Array, points: NationalPoints, bounds: DayBounds, zoom: number): SceneShape[] {
  const padX = (bounds.east - bounds.west) * 0.5;
  const padY = (bounds.north - bounds.south) * 0.5;
  const radiusPx = pointRadius(zoom);
  // [faded medium, faded high, medium, high]
  const buckets: SceneShape[][] = [[], [], [], []];
  const drawn = new Set<string>();
  for (let area = 0; area < states.length; area += 1) {
    const state = states[area];
    if (state === NOT_SHOWN) continue;
    const lon = points.lon[area];
    const lat = points.lat[area];
    if (!(lon >= bounds.west - padX && lon <= bounds.east + padX && lat >= bounds.south - padY && lat <= bounds.north + padY)) continue;
    const faded = (state & FADED) !== 0;
    const isHigh = levelOf(state) === HIGH;
    const coarse = points.uncertaintyMetres[area] > 0;
    const bucket = (faded ? 0 : 2) + (isHigh ? 1 : 0);
    const key = `${lon},${lat},${bucket},${coarse}`;
    if (drawn.has(key)) continue;
    drawn.add(key);
    buckets[bucket].push({ type: 'dot', at: [lon, lat], radiusPx, colour: STATUS_COLOURS[isHigh ? 'high-risk' : 'medium-risk'], opacity: faded ? 0.35 : 0.95, dashedRing: coarse });
  }
  return buckets.flat();
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
