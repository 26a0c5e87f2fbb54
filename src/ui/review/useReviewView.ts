/**
 * What the open draft adds to the view: its day scale (calendar days, or days since its own first case when the
 * timeline is aligned), the slider days it spans, its events per day for the histogram, its events on the day,
 * and the props of its map layer. Everything is derived from the session and the view; nothing is stored.
 */
import area from '@turf/area';
import { useMemo } from 'react';
import type { DraftFeature } from '../../data/draft-schema';
import type { DraftMapControls, DraftReviewLayerProps } from '../../map/review/DraftReviewLayer';
import type { AtlasData } from '../../model/atlas-data';
import { firstCaseDay } from '../../model/first-case';
import type { DayRange } from '../../model/periods';
import { draftCalendarRange, draftChangesOnDay, draftEventsPerDay, draftStateOnDay, movePoint, type DraftChange, type DraftDayScale } from '../../model/review';
import type { Alignment, Language } from '../../url/view-state';
import { describeCandidate } from './describe-candidate';
import { rt } from './messages';
import type { DraftReview } from './useDraftReview';

export interface ReviewView {
  /** Slider days the draft spans (null without a draft). */
  range: DayRange | null;
  eventsPerDay: ReadonlyMap<number, number> | undefined;
  today: DraftChange[];
  layer: DraftReviewLayerProps | null;
}

/** Area (m²) of each county of the loaded gazetteer, by prefecture and name: the draft's uncertainty circles. */
function countyAreas(data: AtlasData): Map<string, number> {
  return new Map(data.counties.features.map((c) => [`${c.properties.city}|${c.properties.name}`, area(c)]));
}

/** Pixels at the bottom of the map under the side panel: the bottom sheet on a phone; 0 where the panel is beside the map. */
function mapCoveredByPanel(): number {
  const map = document.querySelector('.map-wrap')?.getBoundingClientRect();
  const panel = document.querySelector('.side-panel')?.getBoundingClientRect();
  if (!map || !panel || panel.left >= map.right || panel.right <= map.left || panel.top <= map.top) return 0;
  return Math.max(0, map.bottom - panel.top);
}

export function useReviewView(review: DraftReview, data: AtlasData, align: Alignment, day: number, lang: Language, onControls: (controls: DraftMapControls | null) => void, onSelect: (id: string) => void): ReviewView {
  const areas = useMemo(() => countyAreas(data), [data]);
  const draft = review.session?.draft;
  const { change } = review;
  // Day 0 of the draft's own "days since first case" (first-case.ts), the same rule as the outbreaks'.
  const zero = useMemo(() => (draft ? firstCaseDay(draft.outbreak, draft.features).day : 0), [draft]);
  const scale = useMemo((): DraftDayScale => (align === 'calendar' ? (d) => d : (d) => d - zero), [align, zero]);
  const range = useMemo(() => {
    if (!draft) return null;
    const calendar = draftCalendarRange(draft);
    return { min: scale(calendar.min), max: scale(calendar.max) };
  }, [draft, scale]);
  const eventsPerDay = useMemo(() => (draft ? draftEventsPerDay(draft, scale) : undefined), [draft, scale]);
  const today = useMemo(() => (draft ? draftChangesOnDay(draft, day, scale) : []), [draft, scale, day]);
  const moved = review.session?.moved;
  const { selectedId } = review;
  // New functions only when what they read changes: the layer restyles every candidate when they do.
  const stateOf = useMemo(() => (f: DraftFeature) => draftStateOnDay(f, day, scale), [day, scale]);
  const describe = useMemo(() => (f: DraftFeature) => describeCandidate(f, lang), [lang]);
  const city = draft?.outbreak.city;
  const countyArea = useMemo(() => (f: DraftFeature) => areas.get(`${city}|${f.properties.admin.county}`), [areas, city]);
  const layerView = useMemo(() => (draft && moved ? {
    features: draft.features, moved, selectedId, badge: rt(lang, 'draftBadge'), stateOf, describe, countyArea,
  } : null), [draft, moved, selectedId, lang, stateOf, describe, countyArea]);
  const layer = useMemo((): DraftReviewLayerProps | null => (layerView && review.session ? {
    draftKey: `${review.opened}`,
    view: layerView,
    onControls,
    onSelect,
    coveredBottom: mapCoveredByPanel,
    onMove: (id, lonLat) => change((s) => movePoint(s, id, lonLat)),
  } : null), [layerView, review.session, review.opened, onControls, onSelect, change]);
  return { range, eventsPerDay, today, layer };
}
