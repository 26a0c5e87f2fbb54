/** Day 0 of "days since first case": the first reported case of each outbreak, and the slider built on it. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdminAreas } from '../../src/data/load';
import type { Outbreak, OutbreakFeature } from '../../src/data/schema';
import { assembleAtlasData } from '../../src/model/atlas-data';
import { firstCaseDay } from '../../src/model/first-case';
import { codecContext, cursorDayScale, dayAfterAligning, firstCaseDaysOf, sliderRange } from '../../src/model/periods';
import { timelineInput } from '../../src/model/timeline-input';
import { dayNumber } from '../../src/core/calendar-day';
import { firstCaseBasisText } from '../../src/ui/shell/i18n';

const d = dayNumber;
const period = { start: '2022-07-23', end: '2022-08-17' };
const feature = (events: Array<[string, OutbreakFeature['properties']['events'][number]['status']]>) =>
  ({ properties: { events: events.map(([date, status]) => ({ date, status, quote: '引文引文' })) } }) as Pick<OutbreakFeature, 'properties'>;

describe('the first case of an outbreak', () => {
  it('is its earliest first-case event, not the first day of its period', () => {
    const features = [feature([['2022-07-23', 'reported']]), feature([['2022-07-25', 'first-case']]), feature([['2022-07-24', 'first-case'], ['2022-07-24', 'reported']])];
    expect(firstCaseDay({ period }, features)).toEqual({ day: d('2022-07-24'), date: '2022-07-24', basis: 'first-case-event' });
  });

  it('is the first day with reported new cases when no event is a first case', () => {
    const caseCounts: Outbreak['caseCounts'] = [
      { date: '2022-07-24', basis: 'new', quote: '引文引文' }, // a count with no number says nothing
      { date: '2022-07-25', basis: 'new', confirmed: 0, asymptomatic: 0, quote: '引文引文' },
      { date: '2022-07-26', basis: 'cumulative', confirmed: 4, quote: '引文引文' },
      { date: '2022-07-27', basis: 'new', asymptomatic: 3, quote: '引文引文' },
    ];
    expect(firstCaseDay({ period, caseCounts }, [feature([['2022-07-23', 'sealed']])])).toMatchObject({ date: '2022-07-27', basis: 'first-case-count' });
  });

  it('falls back to the first day of the period, and says so', () => {
    expect(firstCaseDay({ period }, [feature([['2022-07-30', 'opened']])])).toMatchObject({ date: '2022-07-23', basis: 'period-start' });
  });

  it('is described in both languages with its calendar date', () => {
    const first = { day: d('2022-07-24'), date: '2022-07-24', basis: 'first-case-event' } as const;
    expect(firstCaseBasisText(first, 'zh')).toBe('第 0 天 = 报道所记首例病例之日（2022-07-24）');
    expect(firstCaseBasisText(first, 'en')).toBe('Day 0 = the day of the first case the report records (2022-07-24)');
    expect(firstCaseBasisText({ ...first, basis: 'period-start' }, 'en')).toMatch(/dates no first case/);
  });
});

describe('days since first case on the shipped data', () => {
  const names = ['anyang', 'fengtai', 'heze', 'kaihua', 'shifeng'];
  const files = names.map((n) => JSON.parse(fs.readFileSync(`geo/outbreaks/${n}.geojson`, 'utf8')) as unknown);
  const none = { type: 'FeatureCollection', features: [] } as unknown as AdminAreas;
  const data = assembleAtlasData(files, none, none, names);

  it('puts Heze\'s day 0 on its first case (07-24, 楼庄镇 and 曹县), not on 前韩村\'s call the day before', () => {
    const days = firstCaseDaysOf(data);
    expect(Object.fromEntries([...days].map(([id, f]) => [id, `${f.date} ${f.basis}`]))).toEqual({
      anyang: '2022-01-08 first-case-event', heze: '2022-07-24 first-case-event', shifeng: '2021-07-29 first-case-event',
      fengtai: '2022-04-04 period-start', kaihua: '2022-03-06 period-start',
    });
    const scale = cursorDayScale(data, 'first-case');
    expect(scale(d('2022-07-24'), 'heze')).toBe(0);
    expect(scale(d('2022-07-23'), 'heze')).toBe(-1);
    const qianhan = data.features.findIndex((f) => f.feature.properties.id === 'heze-qianhan-village');
    expect(timelineInput(data, 'first-case')[qianhan].eventDays).toEqual([-1]);
  });

  it('lets the slider and the link reach the day before Heze\'s first case', () => {
    expect(sliderRange(data, 'heze', 'first-case')).toEqual({ min: -1, max: 24 });
    expect(sliderRange(data, 'anyang', 'first-case')).toEqual({ min: 0, max: 26 });
    expect(sliderRange(data, 'all', 'first-case')).toEqual({ min: -1, max: 26 });
    expect(codecContext(data)).toMatchObject({ minAlignDay: -1, maxAlignDay: 26 });
  });

  it('keeps the moment when the alignment is switched', () => {
    expect(dayAfterAligning(data, { outbreak: 'heze', align: 'calendar', day: d('2022-07-28') }, 'first-case')).toBe(4);
    expect(dayAfterAligning(data, { outbreak: 'heze', align: 'first-case', day: -1 }, 'calendar')).toBe(d('2022-07-23'));
    expect(dayAfterAligning(data, { outbreak: 'all', align: 'calendar', day: d('2022-07-28') }, 'first-case')).toBe(0);
  });
});
