import { describe, expect, it } from 'vitest';
import { STATUSES, type Status } from '../../../src/data/schema';
import { DEFAULT_TIMELINE_OPTIONS, stateOnDay } from '../../../src/time/feature-state';
import { reportPlaceRuns, runsInRange } from '../../../src/trip/runs';

function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

describe('runs in force of a report place', () => {
  it('are the days the timeline shows it active, for any sequence of events', () => {
    const rnd = random(11);
    for (let trial = 0; trial < 300; trial += 1) {
      const eventDays: number[] = [];
      const statuses: Status[] = [];
      let day = Math.floor(rnd() * 5);
      for (let k = 1 + Math.floor(rnd() * 5); k > 0; k -= 1) {
        eventDays.push(day);
        statuses.push(STATUSES[Math.floor(rnd() * STATUSES.length)]);
        day += Math.floor(rnd() * 6); // 0: two events on one day
      }
      const endDay = rnd() < 0.5 ? day + Math.floor(rnd() * 8) : Number.POSITIVE_INFINITY;
      const runs = reportPlaceRuns(eventDays, statuses, endDay);
      for (let d = 0; d < 60; d += 1) {
        const state = stateOnDay(eventDays, statuses, d, DEFAULT_TIMELINE_OPTIONS, endDay);
        const run = runs.find((r) => r.first <= d && d <= r.last);
        expect(run?.level ?? null, `trial ${trial} day ${d}`).toBe(state.phase === 'active' ? state.status : null);
      }
    }
  });

  it('joins consecutive events of the same status into one run', () => {
    expect(reportPlaceRuns([1, 4, 9], ['sealed', 'sealed', 'lifted'])).toEqual([{ first: 1, last: 8, level: 'sealed' }]);
  });
});

describe('runs within a date range', () => {
  const runs = [
    { first: 1, last: 5, level: 'high' },
    { first: 6, last: 8, level: 'medium' },
    { first: 12, last: 20, level: 'high' },
  ];
  it('clips to the range, merges adjacent runs of any level and counts the days', () => {
    expect(runsInRange(runs, 3, 14)).toEqual({ runs: [[3, 8], [12, 14]], days: 9, levels: ['high', 'medium'] });
  });
  it('says nothing was in force when no run meets the range', () => {
    expect(runsInRange(runs, 9, 11)).toEqual({ runs: [], days: 0, levels: [] });
  });
  it('counts a day listed twice once', () => {
    expect(runsInRange([{ first: 1, last: 5, level: 'medium' }, { first: 3, last: 3, level: 'high' }], 1, 10).days).toBe(5);
  });
});
