/**
 * A draft under review (src/ui/review) in an exported frame, as its map layer (src/map/review/draft-layer.ts) draws it on
 * the frame's day: area candidates as dashed outlines, point candidates as dots (hollow while pending, filled once
 * accepted, faded once rejected; src/map/review/draft-style.ts), the uncertainty circle of a coarse point, and a point the
 * reviewer dragged at the place it was dropped. Read from the review session, never from the Leaflet layer.
 */
import area from '@turf/area';
import { isCoarse } from '../../data/precision';
import type { DraftFeature } from '../../data/draft-schema';
import type { LonLatRing, SceneShape } from '../../export/animation/scene';
import { draftDotStyle } from '../../map/review/draft-dot-style';
import type { AtlasData } from '../../model/atlas-data';
import { firstCaseDay } from '../../model/first-case';
import { draftStateOnDay, type DraftDayScale, type ReviewSession } from '../../model/review';
import { uncertaintyRadius } from '../../model/uncertainty';
import type { Alignment } from '../../url/view-state';
import { polygonsOf } from './polygons';

/** The draft's day scale as the review view has it (useReviewView.ts): calendar days, or days since its first case. */
export function draftScale(session: ReviewSession, align: Alignment): DraftDayScale {
  if (align === 'calendar') return (day) => day;
  const zero = firstCaseDay(session.draft.outbreak, session.draft.features).day;
  return (day) => day - zero;
}

const dash = (value: string | undefined) => (value ? value.split(/[ ,]+/).map(Number) : undefined);

/** The draft's candidates on `day`, bottom first: areas, uncertainty circles, then dots. */
export function draftSceneOf(session: ReviewSession, data: AtlasData, align: Alignment): (day: number) => SceneShape[] {
  const scale = draftScale(session, align);
  const city = session.draft.outbreak.city;
  let areas: Map<string, number> | null = null;
  // County areas (for the radius of a point known to its county) only when a coarse point needs them.
  const countyArea = (feature: DraftFeature) => {
    areas ??= new Map(data.counties.features.map((c) => [`${c.properties.city}|${c.properties.name}`, area(c)]));
    return areas.get(`${city}|${feature.properties.admin.county}`);
  };
  return (day) => {
    const outlines: SceneShape[] = [];
    const circles: SceneShape[] = [];
    const dots: SceneShape[] = [];
    for (const feature of session.draft.features) {
      const state = draftStateOnDay(feature, day, scale);
      const moved = session.moved.get(feature.properties.id) ?? null;
      const point = feature.geometry.type === 'Point';
      const { options, radius } = draftDotStyle(feature, state, false, moved !== null, point);
      const stroke = { colour: options.color ?? '#607d8b', width: options.weight ?? 2, opacity: options.opacity ?? 1, dash: dash(options.dashArray as string | undefined) };
      if (!point) {
        for (const rings of polygonsOf(feature.geometry)) outlines.push({ type: 'polygon', rings: rings as LonLatRing[], fill: options.fillColor ?? null, fillOpacity: options.fillOpacity ?? 0, stroke });
        continue;
      }
      const at = moved ?? (feature.geometry.coordinates as [number, number]);
      if (isCoarse(feature.properties.precision)) {
        circles.push({ type: 'circle', at, radiusMetres: uncertaintyRadius(feature.properties.precision, countyArea(feature)), fill: '#6a4c93', fillOpacity: 0.03, stroke: { colour: '#6a4c93', width: 1, opacity: 0.8, dash: [2, 4] } });
      }
      dots.push({ type: 'ring', at, radiusPx: radius, fill: options.fillColor ?? '#fff', fillOpacity: options.fillOpacity ?? 1, stroke });
    }
    return [...outlines, ...circles, ...dots];
  };
}
