/** The pure derivations the views show, on the shipped data: no React, no map. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdminAreas } from '../../src/data/load';
import { assembleAtlasData } from '../../src/model/atlas-data';
import { calendarRange, cursorDayScale, dayAfterAligning, dayAfterPicking, dayFileLabel, sliderRange } from '../../src/model/periods';
import { changesOnDay, dayHistogram, valuesPresent } from '../../src/model/summaries';
import { timelineIndex, timelineInput } from '../../src/model/timeline-input';
import { uncertaintyRadii } from '../../src/model/uncertainty';
import { visibleRows } from '../../src/model/visible';
import { filterMask } from '../../src/filters/match';
import { dayNumber, isoOfDay } from '../../src/core/calendar-day';
import { TimelineModel } from '../../src/time/timeline-model';
import { DEFAULT_TIMELINE_OPTIONS, stateOnDay } from '../../src/time/feature-state';

const names = ['anyang', 'shifeng', 'heze'];
const files = names.map((n) => JSON.parse(fs.readFileSync(`geo/outbreaks/${n}.geojson`, 'utf8')) as unknown);
const none = { type: 'FeatureCollection', features: [] } as unknown as AdminAreas;
const data = assembleAtlasData(files, none, none, names);
const d = dayNumber;
const noFilters = { outbreak: 'all', kinds: [], statuses: [], precisions: [], search: '' };
const anyang = data.outbreaks.find((o) => o.id === 'anyang')!;

describe('days of the view', () => {
  it('spans the selected outbreak, or all of them, on the calendar; 0 to its length when aligned', () => {
    expect(calendarRange(data, 'anyang')).toEqual({ min: d('2022-01-08'), max: d('2022-02-03') });
    expect(calendarRange(data, 'all')).toEqual({ min: d('2021-07-29'), max: d('2022-08-17') });
    expect(sliderRange(data, 'anyang', 'first-case')).toEqual({ min: 0, max: 26 });
    expect(sliderRange(data, 'all', 'first-case').max).toBe(26);
  });

  it('keeps the date when another outbreak is picked whose period holds it, else goes to its first day', () => {
    expect(dayAfterPicking(data, { align: 'calendar', day: d('2022-01-20') }, 'all')).toBe(d('2022-01-20'));
    expect(dayAfterPicking(data, { align: 'calendar', day: d('2022-01-20') }, 'heze')).toBe(d('2022-07-23'));
    expect(dayAfterPicking(data, { align: 'first-case', day: 9 }, 'heze')).toBe(0);
  });

  it('keeps the moment of the selected outbreak when the alignment is switched', () => {
    expect(dayAfterAligning(data, { outbreak: 'anyang', align: 'calendar', day: d('2022-01-17') }, 'first-case')).toBe(9);
    expect(dayAfterAligning(data, { outbreak: 'anyang', align: 'first-case', day: 9 }, 'calendar')).toBe(d('2022-01-17'));
    expect(dayAfterAligning(data, { outbreak: 'all', align: 'first-case', day: 9 }, 'calendar')).toBe(d('2021-07-29'));
  });

  it('labels files by ISO date, or by day number when aligned', () => {
    expect(dayFileLabel({ align: 'calendar', day: d('2022-01-17') })).toBe('2022-01-17');
    expect(dayFileLabel({ align: 'first-case', day: 4 })).toBe('day-4');
  });

  it('puts each outbreak\'s first day at 0 in first-case mode, for events and for the end of the outbreak', () => {
    const scale = cursorDayScale(data, 'first-case');
    expect(scale(d('2022-01-17'), 'anyang')).toBe(9);
    const input = timelineInput(data, 'first-case');
    const first = data.features.findIndex((f) => f.outbreakId === 'shifeng');
    expect(input[first].endDay).toBe(d('2021-08-16') - d('2021-07-29'));
    expect(input[first].eventDays[0]).toBe(data.features[first].eventDays[0] - d('2021-07-29'));
  });
});

describe('panels and histogram', () => {
  it('counts every event of the outbreak once in the histogram, and the reported new cases', () => {
    const histogram = dayHistogram(data, 'anyang', cursorDayScale(data, 'calendar'));
    const events = data.features.filter((f) => f.outbreakId === 'anyang').reduce((n, f) => n + f.eventDays.length, 0);
    expect([...histogram.events.values()].reduce((a, b) => a + b, 0)).toBe(events);
    expect(histogram.series.map((s) => s.outbreakId)).toEqual(['anyang']);
    expect(histogram.series[0].cases.get(d('2022-01-17'))).toBe(94);
    expect([...histogram.series[0].cases.keys()].map(isoOfDay)).toEqual(['2022-01-08', '2022-01-17', '2022-01-22']);
    expect(histogram.eventSpan?.first).toBe(Math.min(...data.features.filter((f) => f.outbreakId === 'anyang').flatMap((f) => f.eventDays)));
  });

  it('lists the events of a day that pass the filters, aligned or not', () => {
    const day = d('2022-01-08');
    const expected = data.features.flatMap((f) => f.feature.properties.events.filter((e) => e.date === '2022-01-08').map(() => f.feature.properties.id));
    const mask = filterMask(data.features, noFilters);
    const calendar = changesOnDay(data, timelineIndex(data, 'calendar', false), mask, day, cursorDayScale(data, 'calendar'));
    expect(calendar.map((c) => c.item.feature.properties.id).sort()).toEqual(expected.sort());
    const aligned = changesOnDay(data, timelineIndex(data, 'first-case', false), mask, 0, cursorDayScale(data, 'first-case'));
    expect(aligned.filter((c) => c.item.outbreakId === 'anyang').map((c) => c.item.feature.properties.id).sort()).toEqual(expected.sort());
    const risk = filterMask(data.features, { ...noFilters, kinds: ['risk-area'] });
    const filtered = changesOnDay(data, timelineIndex(data, 'calendar', false), risk, day, cursorDayScale(data, 'calendar'));
    expect(filtered.every((c) => c.item.feature.properties.kind === 'risk-area')).toBe(true);
    expect(filtered.length).toBeLessThan(calendar.length);
  });

  it('offers only the kinds, statuses and precisions the outbreak has', () => {
    const present = valuesPresent(data, 'shifeng');
    const shifeng = data.features.filter((f) => f.outbreakId === 'shifeng');
    expect([...present.kinds].sort()).toEqual([...new Set(shifeng.map((f) => f.feature.properties.kind))].sort());
    expect(present.statuses.has('high-risk')).toBe(shifeng.some((f) => f.feature.properties.events.some((e) => e.status === 'high-risk')));
  });
});

describe('export', () => {
  it('exports what the data says is on the map on the model\'s day, with no map mounted', () => {
    const day = d('2022-01-17');
    const model = new TimelineModel(timelineIndex(data, 'calendar', false), d('2022-01-08'));
    model.moveTo(day);
    const mask = filterMask(data.features, { ...noFilters, outbreak: 'anyang' });
    const rows = visibleRows(data, mask, (i) => model.state(i), { dateOf: () => isoOfDay(day), radiusOf: uncertaintyRadii(data) });
    const expected = data.features.filter((f) => f.outbreakId === 'anyang' && stateOnDay(f.eventDays, f.feature.properties.events.map((e) => e.status), day, DEFAULT_TIMELINE_OPTIONS, d(anyang.period.end)).phase !== 'hidden');
    expect(rows.map((r) => r.feature.properties.id)).toEqual(expected.map((f) => f.feature.properties.id));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.state.phase !== 'hidden' && r.outbreakId === 'anyang')).toBe(true);
    // Places known only to their county carry a radius; a polygon or a finer place does not.
    const radius = (id: string) => rows.find((r) => r.feature.properties.id === id)?.uncertaintyRadiusMetres;
    expect(radius('anyang-tangyin-yangkong')).toBeGreaterThan(5000);
    expect(radius('anyang-huaxian-county')).toBeNull();
  });
});
