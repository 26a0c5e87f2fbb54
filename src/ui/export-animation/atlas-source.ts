/**
 * The outbreak views' adapter to the animation export: their places on a day as shapes, read from a timeline
 * model of the export's own over the view's index (the view's model and map are never moved), styled as the map
 * styles them (src/map/style.ts), with the offline outlines of the loaded prefectures as the basemap.
 */
import bbox from '@turf/bbox';
import { KINDS } from '../../data/schema';
import { viewBounds } from '../../export/animation/projection';
import type { DayBounds, LegendEntry, MapAnimationSource, SceneShape } from '../../export/animation/scene';
import { KIND_SHAPES, STATUS_COLOURS, areaStyle } from '../../map/style';
import { calendarDayOf } from '../../model/aligned-dates';
import type { AtlasData } from '../../model/atlas-data';
import { outbreakTitle } from '../../model/names';
import type { CursorDayScale, DayRange } from '../../model/periods';
import { valuesPresent } from '../../model/summaries';
import { uncertaintyRadii } from '../../model/uncertainty';
import { isoOfDay } from '../../core/calendar-day';
import type { TimelineIndex } from '../../time/timeline-index';
import { TimelineModel } from '../../time/timeline-model';
import type { ReviewSession } from '../../model/review';
import type { Alignment, Language } from '../../url/view-state';
import { KIND_LABELS, STATUS_LABELS } from '../shell/i18n';
import { draftSceneOf } from './draft-scene';
import { te } from './messages';
import { polygonsOf } from './polygons';

export interface AtlasExportInput {
  data: AtlasData;
  index: TimelineIndex;
  mask: Uint8Array;
  outbreak: string;
  align: Alignment;
  lang: Language;
  range: DayRange;
  day: number;
  speed: number;
  deepLink: string;
  /** The screen shows online tiles: the export says it drew the outlines instead. */
  tilesOnScreen: boolean;
  toCursorDay: CursorDayScale;
  /** Events per cursor day (all series), for the mini histogram. */
  eventsPerDay: ReadonlyMap<number, number>;
  /** The map on screen: its centre ([lat, lon]) and zoom when panned or zoomed (null: fitted), and its size in px. */
  mapView?: MapOnScreen | null;
  /** A draft under review (src/ui/review), drawn above the places as its layer draws it. */
  review?: ReviewSession | null;
}

export interface MapOnScreen {
  centre: readonly [number, number] | null;
  zoom: number | null;
  width: number;
  height: number;
}

/** The map's pan and zoom as a frame's view, or undefined when the map shows the whole (fitted) view. */
export function currentViewOf(map: MapOnScreen | null | undefined): MapAnimationSource['currentView'] {
  if (!map || map.centre === null || map.zoom === null || !(map.width > 0 && map.height > 0)) return undefined;
  return { bounds: viewBounds(map.centre, map.zoom, map.width, map.height), zoom: map.zoom };
}

function outlineShapes(data: AtlasData): SceneShape[] {
  const shapes: SceneShape[] = [];
  for (const p of data.prefectures.features) {
    for (const rings of polygonsOf(p.geometry)) shapes.push({ type: 'polygon', rings, fill: '#f4f1ea', fillOpacity: 1, stroke: { colour: '#8d99a6', width: 1, opacity: 1 } });
  }
  for (const c of data.counties.features) {
    for (const rings of polygonsOf(c.geometry)) shapes.push({ type: 'polygon', rings, fill: null, fillOpacity: 0, stroke: { colour: '#b0b8c1', width: 0.8, opacity: 1, dash: [2, 3] } });
  }
  return shapes;
}

function boundsOf(input: AtlasExportInput): DayBounds {
  const features: GeoJSON.Feature[] = input.data.features.filter((f) => input.outbreak === 'all' || f.outbreakId === input.outbreak).map((f) => f.feature);
  // The map fits an opened draft: its candidates are in the frame too.
  if (input.review) features.push(...input.review.draft.features);
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features } as GeoJSON.FeatureCollection);
  // A margin of a tenth on each side, as the map's fit leaves some room around the places.
  const padX = Math.max((e - w) * 0.1, 0.02);
  const padY = Math.max((n - s) * 0.1, 0.02);
  return { west: w - padX, south: s - padY, east: e + padX, north: n + padY };
}

export function atlasAnimationSource(input: AtlasExportInput): MapAnimationSource {
  const { data, index, mask, lang, align } = input;
  const model = new TimelineModel(index, input.day);
  const radiusOf = uncertaintyRadii(data);
  const single = input.outbreak === 'all' ? null : data.outbreaks.find((o) => o.id === input.outbreak) ?? null;
  const shown = data.outbreaks.filter((o) => input.outbreak === 'all' || o.id === input.outbreak);
  const present = valuesPresent(data, input.outbreak);
  const calendarOf = (day: number) => (align === 'first-case' && single ? calendarDayOf(input.toCursorDay, day, single.id) : day);
  const legend: LegendEntry[] = [
    ...KINDS.filter((k) => present.kinds.has(k)).map((k) => ({ label: KIND_LABELS[k][lang], colour: '#455a64', path: KIND_SHAPES[k] })),
    ...[...present.statuses].map((s) => ({ label: STATUS_LABELS[s][lang], colour: STATUS_COLOURS[s] })),
  ];
  const histogram: number[] = [];
  for (let d = input.range.min; d <= input.range.max; d += 1) histogram.push(input.eventsPerDay.get(d) ?? 0);
  const { review } = input;
  const draftScene = review ? draftSceneOf(review, data, align) : null;
  if (review) legend.push({ label: te(lang, 'draftLegend'), colour: '#6a4c93' });
  const titles = shown.map((o) => outbreakTitle(o, lang)).join(lang === 'zh' ? '、' : ', ');
  const visible = (day: number) => {
    model.moveTo(day);
    let active = 0;
    let ended = 0;
    for (let i = 0; i < data.features.length; i += 1) {
      if (!mask[i]) continue;
      const phase = model.state(i).phase;
      if (phase === 'active') active += 1;
      else if (phase === 'ended') ended += 1;
    }
    return { active, ended };
  };
  return {
    id: `${single ? single.id : 'all-outbreaks'}${review ? '-draft' : ''}`,
    title: (single ? outbreakTitle(single, lang) : te(lang, 'allOutbreaks')) + (review ? te(lang, 'draftTitle', { file: review.fileName }) : ''),
    period: { first: input.range.min, last: input.range.max },
    day: input.day, speed: input.speed, deepLink: input.deepLink,
    bounds: boundsOf(input),
    currentView: currentViewOf(input.mapView),
    basemap: { shapes: outlineShapes(data), attribution: te(lang, 'outlinesCredit') + (input.tilesOnScreen ? te(lang, 'outlinesInsteadOfTiles') : '') },
    sources: [
      te(lang, 'reportSources', { titles }), te(lang, 'gazetteer'),
      ...(review ? [te(lang, 'draftSource', { file: review.fileName, n: review.draft.features.length, pending: review.counts.pending })] : []),
    ],
    legend, histogram,
    isoDate: (day) => (align === 'first-case' && !single ? `day${day}` : isoOfDay(calendarOf(day))),
    dateLabel: (day) => {
      if (align !== 'first-case') return isoOfDay(day);
      const since = te(lang, 'daySince', { n: day });
      return single ? `${isoOfDay(calendarOf(day))} · ${since}` : since;
    },
    totals: (day) => {
      const { active, ended } = visible(day);
      const changes = input.eventsPerDay.get(day) ?? 0;
      return te(lang, active === 1 ? 'placeShown' : 'placesShown', { active, ended: ended ? te(lang, 'placesEnded', { n: ended }) : '' })
        // As the map's pill counts them: every candidate of the draft is on the map.
        + (review ? te(lang, 'draftShown', { n: review.draft.features.length }) : '')
        + te(lang, changes === 1 ? 'changeToday' : 'changesToday', { n: changes });
    },
    scene(day) {
      model.moveTo(day);
      const polygons: SceneShape[] = [];
      const circles: SceneShape[] = [];
      const markers: SceneShape[] = [];
      for (const item of data.features) {
        if (!mask[item.index]) continue;
        const state = model.state(item.index);
        if (state.phase === 'hidden') continue;
        const { geometry, properties } = item.feature;
        const ended = state.phase === 'ended';
        const colour = state.status ? STATUS_COLOURS[state.status] : '#607d8b';
        if (geometry.type !== 'Point') {
          const style = areaStyle(state.status, state.phase, false);
          const stroke = { colour: style.color, width: style.weight, opacity: style.opacity, dash: ended ? [4, 4] : undefined };
          for (const rings of polygonsOf(geometry)) polygons.push({ type: 'polygon', rings, fill: style.fillColor, fillOpacity: style.fillOpacity, stroke });
          continue;
        }
        const at = geometry.coordinates as [number, number];
        const radius = radiusOf(item);
        if (radius !== null) {
          circles.push({ type: 'circle', at, radiusMetres: radius, fill: '#455a64', fillOpacity: 0.04, stroke: { colour: '#455a64', width: 1, opacity: 0.7, dash: [3, 5] } });
        }
        markers.push({ type: 'marker', at, path: KIND_SHAPES[properties.kind], colour, opacity: ended ? 0.4 : 1, dashedRing: radius !== null });
      }
      return [...polygons, ...circles, ...markers, ...(draftScene ? draftScene(day) : [])];
    },
  };
}
