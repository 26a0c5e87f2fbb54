/** The outbreak views' export adapter: a day's shapes are the places the timeline shows that day, styled as the map. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdminAreas } from '../../../src/data/load';
import { STATUS_COLOURS } from '../../../src/map/style';
import { assembleAtlasData } from '../../../src/model/atlas-data';
import { cursorDayScale, sliderRange } from '../../../src/model/periods';
import { dayHistogram } from '../../../src/model/summaries';
import { timelineIndex } from '../../../src/model/timeline-input';
import { filterMask } from '../../../src/filters/match';
import { dayNumber } from '../../../src/core/calendar-day';
import { DEFAULT_TIMELINE_OPTIONS, stateOnDay } from '../../../src/time/feature-state';
import { draftFileSchema } from '../../../src/data/draft-schema';
import { openSession, type ReviewSession } from '../../../src/model/review';
import { atlasAnimationSource } from '../../../src/ui/export-animation/atlas-source';

const names = ['anyang', 'heze'];
const files = names.map((n) => JSON.parse(fs.readFileSync(`geo/outbreaks/${n}.geojson`, 'utf8')) as unknown);
const none = { type: 'FeatureCollection', features: [] } as unknown as AdminAreas;
const data = assembleAtlasData(files, none, none, names);
const anyang = data.outbreaks.find((o) => o.id === 'anyang')!;
const end = dayNumber(anyang.period.end);

function source(day: number, lang: 'zh' | 'en' = 'en', align: 'calendar' | 'first-case' = 'calendar', review: ReviewSession | null = null) {
  const toCursorDay = cursorDayScale(data, align);
  const mask = filterMask(data.features, { outbreak: 'anyang', kinds: [], statuses: [], precisions: [], search: '' });
  return atlasAnimationSource({
    data, index: timelineIndex(data, align, false), mask, outbreak: 'anyang', align, lang,
    range: sliderRange(data, 'anyang', align), day, speed: 1, deepLink: 'http://x/?o=anyang', tilesOnScreen: true,
    toCursorDay, eventsPerDay: dayHistogram(data, 'anyang', toCursorDay).events, review,
  });
}

/** The outbreak views draw the same shapes at any framing (Leaflet clips them; the frame too). */
const ANY_VIEW = { bounds: { west: 113, south: 35, east: 115, north: 37 }, zoom: 9 };

const shownOn = (day: number) => data.features.filter((f) => f.outbreakId === 'anyang').filter((f) => stateOnDay(f.eventDays, f.feature.properties.events.map((e) => e.status), day, DEFAULT_TIMELINE_OPTIONS, end).phase !== 'hidden');

describe('outbreak export source', () => {
  it('draws one marker per point place and the polygons of the areas the timeline shows that day, in either order of days', () => {
    const s = source(dayNumber('2022-01-08'));
    // 02-03: ten measures lifted that day, faded for three days.
    for (const iso of ['2022-01-12', '2022-02-03', '2022-01-09', '2022-01-23', '2022-01-10']) {
      const day = dayNumber(iso);
      const shapes = s.scene(day, ANY_VIEW);
      const shown = shownOn(day);
      expect(shapes.filter((x) => x.type === 'marker').length).toBe(shown.filter((f) => f.feature.geometry.type === 'Point').length);
      const areas = shown.filter((f) => f.feature.geometry.type !== 'Point');
      expect(shapes.some((x) => x.type === 'polygon')).toBe(areas.length > 0);
      const ended = shown.filter((f) => stateOnDay(f.eventDays, f.feature.properties.events.map((e) => e.status), day, DEFAULT_TIMELINE_OPTIONS, end).phase === 'ended');
      expect(shapes.filter((x) => x.type === 'marker' && x.opacity < 1).length).toBe(ended.filter((f) => f.feature.geometry.type === 'Point').length);
      expect(s.totals(day)).toMatch(new RegExp(`^${shown.length - ended.length} place.*${ended.length ? `${ended.length} lifted` : ''}`));
    }
  });

  it('colours a marker by its status and draws a dashed uncertainty circle and ring for a coarse place', () => {
    const day = dayNumber('2022-01-12');
    const shapes = source(day).scene(day, ANY_VIEW);
    const markers = shapes.filter((x) => x.type === 'marker');
    expect(markers.every((m) => Object.values(STATUS_COLOURS).includes(m.colour))).toBe(true);
    const circles = shapes.filter((x) => x.type === 'circle');
    expect(circles.length).toBe(markers.filter((m) => m.dashedRing).length);
    expect(circles.every((c) => c.stroke.dash && c.radiusMetres > 0)).toBe(true);
  });

  it('names the view, the sources and the outlines that replaced the tiles, in Chinese and English', () => {
    const en = source(dayNumber('2022-01-10'));
    expect(en.id).toBe('anyang');
    expect(en.isoDate(dayNumber('2022-01-10'))).toBe('2022-01-10');
    expect(en.basemap.attribution).toContain('instead of the online tiles');
    const zh = source(dayNumber('2022-01-10'), 'zh');
    expect(zh.title).toBe(anyang.title);
    expect(zh.sources[0]).toContain('新闻报道');
    expect(zh.histogram.length).toBe(zh.period.last - zh.period.first + 1);
  });

  it('dates a frame of days since the first case by its calendar date and its day number, and names the file by calendar dates', () => {
    const aligned = source(0, 'en', 'first-case');
    const day = aligned.period.first + 3;
    const calendar = aligned.isoDate(day);
    expect(calendar).toMatch(/^2022-01-\d\d$/);
    expect(aligned.dateLabel(day)).toBe(`${calendar} · day ${day} since the first case`);
    expect(source(0, 'zh', 'first-case').dateLabel(day)).toBe(`${calendar} · 首例后第 ${day} 天`);
  });
});

describe('outbreak export source with a draft under review', () => {
  const draft = draftFileSchema.parse(JSON.parse(fs.readFileSync('tests/fixtures/drafts/changshan.geojson', 'utf8')));
  const session = openSession(draft, 'changshan.geojson');
  const view = { bounds: { west: 118, south: 28.5, east: 119, north: 29.5 }, zoom: 10 };

  it('names the draft in the title, the credits and the file, and counts its candidates as the map does', () => {
    const s = source(dayNumber('2022-01-12'), 'en', 'calendar', session);
    expect(s.id).toBe('anyang-draft');
    expect(s.title).toBe('Anyang · draft under review changshan.geojson');
    expect(s.sources.at(-1)).toBe('Draft under review changshan.geojson: 11 candidates, 11 pending (unverified, not curated data)');
    expect(s.totals(dayNumber('2022-01-12'))).toMatch(/\+ 11 draft candidates/);
  });

  it('draws every candidate: a dot per point, coloured by its state that day, an outline per area', () => {
    const day = dayNumber('2022-05-05');
    const shapes = source(day, 'en', 'calendar', session).scene(day, view);
    const rings = shapes.filter((x) => x.type === 'ring');
    expect(rings.length).toBe(draft.features.filter((f) => f.geometry.type === 'Point').length);
    // Xinqiao village: first case on 05-03, pending (hollow: white fill, a ring of the first case's colour).
    const xinqiao = rings.find((x) => x.at[0] === 118.6133)!;
    expect(xinqiao).toMatchObject({ fill: '#fff', stroke: { colour: STATUS_COLOURS['first-case'] } });
    // Before its first event (05-01) the ring is grey.
    const before = source(day, 'en', 'calendar', session).scene(dayNumber('2022-05-01'), view).find((x) => x.type === 'ring' && x.at[0] === 118.6133);
    expect(before).toMatchObject({ stroke: { colour: '#90a4ae' } });
    expect(shapes.filter((x) => x.type === 'polygon' && x.stroke?.dash).length).toBeGreaterThan(0);
  });
});
