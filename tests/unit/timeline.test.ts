import { describe, expect, it } from 'vitest';
import { STATUSES, type Status } from '../../src/data/schema';
import { dayNumber, isoOfDay } from '../../src/core/calendar-day';
import { TimelineCursor, TimelineIndex, type TimelineInput } from '../../src/time/timeline-index';
import { stateOnDay, type TimelineOptions } from '../../src/time/feature-state';
import { seededRandom } from '../support/seeded-random';

const fade: TimelineOptions = { fadeDays: 3, showLifted: false };
const d = dayNumber;

describe('calendar days', () => {
  it('round-trips ISO dates and rejects impossible ones', () => {
    expect(isoOfDay(d('2022-01-31') + 1)).toBe('2022-02-01');
    expect(d('2022-02-30')).toBeNaN();
    expect(d('2022-1-3')).toBeNaN();
  });
});

describe('state of a feature on a day', () => {
  const days = [d('2022-01-10'), d('2022-01-20'), d('2022-02-03')];
  const statuses: Status[] = ['high-risk', 'medium-risk', 'lifted'];
  it('is hidden before the first event', () => {
    expect(stateOnDay(days, statuses, d('2022-01-09'), fade).phase).toBe('hidden');
  });
  it('takes the latest event on or before the day', () => {
    expect(stateOnDay(days, statuses, d('2022-01-10'), fade)).toMatchObject({ phase: 'active', status: 'high-risk' });
    expect(stateOnDay(days, statuses, d('2022-01-25'), fade)).toMatchObject({ phase: 'active', status: 'medium-risk' });
  });
  it('shows a lifted measure faded for the fade days, then hides it unless "show lifted" is on', () => {
    expect(stateOnDay(days, statuses, d('2022-02-06'), fade)).toMatchObject({ phase: 'ended', status: 'lifted' });
    expect(stateOnDay(days, statuses, d('2022-02-07'), fade).phase).toBe('hidden');
    expect(stateOnDay(days, statuses, d('2022-03-30'), { ...fade, showLifted: true }).phase).toBe('ended');
  });
  it('ends a measure the report never lifts with its outbreak, so a 2021 outbreak is not on a 2022 map', () => {
    const opened = [d('2021-08-01')];
    const end = d('2021-08-16');
    expect(stateOnDay(opened, ['opened'], d('2021-08-16'), fade, end).phase).toBe('active');
    expect(stateOnDay(opened, ['opened'], d('2021-08-18'), fade, end).phase).toBe('ended');
    expect(stateOnDay(opened, ['opened'], d('2022-01-17'), fade, end).phase).toBe('hidden');
  });
});

describe('the shown state when events share a day or a place is mentioned again', () => {
  const day = d('2022-07-24');
  it('keeps a first case shown beside a later mention of the same day (楼庄镇, 07-24)', () => {
    expect(stateOnDay([day, day], ['first-case', 'reported'], day, fade)).toMatchObject({ status: 'first-case', since: day });
    expect(stateOnDay([day, day, d('2022-08-10')], ['first-case', 'reported', 'lifted'], d('2022-08-01'), fade).status).toBe('first-case');
  });
  it('keeps a measure shown beside a first case or an in-use of the same day, whatever their order', () => {
    expect(stateOnDay([day, day], ['sealed', 'first-case'], day, fade).status).toBe('sealed');
    expect(stateOnDay([day, day], ['first-case', 'sealed'], day, fade).status).toBe('sealed');
    expect(stateOnDay([day, day], ['opened', 'in-use'], day, fade).status).toBe('opened');
  });
  it('follows the order of equally telling events of one day: an ending after a start ends the measure, a start after an ending starts it', () => {
    expect(stateOnDay([day, day], ['sealed', 'lifted'], day, fade)).toMatchObject({ phase: 'ended', status: 'lifted' });
    expect(stateOnDay([day, day], ['lifted', 'sealed'], day, fade)).toMatchObject({ phase: 'active', status: 'sealed' });
    expect(stateOnDay([day, day], ['high-risk', 'medium-risk'], day, fade).status).toBe('medium-risk');
  });
  it('does not let a later mention replace an opened or in-use site, a measure or an ending (Shifeng testing, Kaihua platform)', () => {
    const days = [d('2021-08-01'), d('2021-08-11'), d('2021-08-15')];
    expect(stateOnDay(days, ['opened', 'reported', 'reported'], d('2021-08-15'), fade)).toMatchObject({ status: 'opened', since: d('2021-08-01') });
    expect(stateOnDay(days, ['opened', 'in-use', 'reported'], d('2021-08-15'), fade)).toMatchObject({ status: 'in-use', since: d('2021-08-11') });
    const lifted = [d('2021-08-01'), d('2021-08-11'), d('2021-08-12')];
    expect(stateOnDay(lifted, ['sealed', 'lifted', 'reported'], d('2021-08-12'), fade)).toMatchObject({ phase: 'ended', status: 'lifted', since: d('2021-08-11') });
    expect(stateOnDay(lifted, ['sealed', 'lifted', 'reported'], d('2021-08-15'), fade).phase).toBe('hidden');
  });
  it('shows a mention when the place has no status yet, and lets a later status replace it', () => {
    const days = [d('2022-07-25'), d('2022-08-13')];
    expect(stateOnDay(days, ['reported', 'resumed'], d('2022-07-30'), fade).status).toBe('reported');
    expect(stateOnDay(days, ['reported', 'resumed'], d('2022-08-13'), fade).status).toBe('resumed');
    expect(stateOnDay([day, day], ['reported', 'first-case'], day, fade).status).toBe('first-case');
  });
  it('keeps a partly resumed service active (not an ending)', () => {
    const days = [d('2022-01-09'), d('2022-01-23')];
    expect(stateOnDay(days, ['suspended', 'partly-resumed'], d('2022-01-30'), fade, d('2022-02-03'))).toMatchObject({ phase: 'active', status: 'partly-resumed' });
  });
});

function randomFeatures(count: number, seed: number): TimelineInput[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(random() * 6);
    const eventDays = Array.from({ length: n }, () => Math.floor(random() * 120)).sort((a, b) => a - b);
    const statuses = eventDays.map(() => STATUSES[Math.floor(random() * STATUSES.length)]);
    const endDay = random() < 0.5 ? undefined : eventDays[eventDays.length - 1] + Math.floor(random() * 20);
    return { eventDays, statuses, endDay };
  });
}

describe('timeline index', () => {
  for (const options of [fade, { fadeDays: 0, showLifted: false }, { fadeDays: 3, showLifted: true }]) {
    it(`matches the straightforward computation on random data and random jumps (${JSON.stringify(options)})`, () => {
      const features = randomFeatures(400, 7);
      const index = new TimelineIndex(features, options);
      const cursor = new TimelineCursor(index, -5);
      const random = seededRandom(11);
      for (let step = 0; step < 300; step += 1) {
        const day = step < 150 ? step - 5 : Math.floor(random() * 140) - 10;
        const before = features.map((_, i) => cursor.state(i));
        const changed = new Set(cursor.moveTo(day));
        const expected = features.map((feature) => stateOnDay(feature.eventDays, feature.statuses, day, options, feature.endDay));
        expect(features.map((_, i) => cursor.state(i))).toEqual(expected);
        const missed = expected.filter((state, i) => (state.phase !== before[i].phase || state.status !== before[i].status) && !changed.has(i));
        expect(missed).toEqual([]);
      }
    });
  }

  it('re-evaluates only the features with a change point on a one-day step', () => {
    const features: TimelineInput[] = [
      { eventDays: [10], statuses: ['high-risk'] },
      { eventDays: [20], statuses: ['sealed'] },
      { eventDays: [11, 12], statuses: ['sealed', 'lifted'] },
    ];
    const index = new TimelineIndex(features, fade);
    expect(index.candidatesBetween(9, 10)).toEqual([0]);
    expect(index.candidatesBetween(15, 16)).toEqual([2]); // the day the lifted measure disappears (12 + 3 + 1)
    expect(index.changesOn(12)).toEqual([2]);
    const cursor = new TimelineCursor(index, 9);
    expect(cursor.moveTo(10)).toEqual([0]);
    expect(cursor.moveTo(10)).toEqual([]);
  });
});
