import { describe, expect, it } from 'vitest';
import { clampDay, HISTORY_OF_CHANGE, nextPlayDay } from '../../../src/time/day';
import { ViewHistory, type HistoryPort } from '../../../src/url/view-history';

describe('the day of a view', () => {
  it('clamps into the range and plays to its end, then stops', () => {
    const range = { min: 10, max: 12 };
    expect([clampDay(3, range), clampDay(11, range), clampDay(40, range)]).toEqual([10, 11, 12]);
    expect([nextPlayDay(10, range), nextPlayDay(11, range), nextPlayDay(12, range)]).toEqual([11, 12, null]);
  });

  it('records each kind of change as the history expects: a jump pushes, a scrub replaces, play steps nothing, the stop replaces', () => {
    const written: string[] = [];
    const port: HistoryPort = { current: () => written.at(-1)?.split(' ')[1] ?? 'd=0', push: (q) => written.push(`push ${q}`), replace: (q) => written.push(`replace ${q}`) };
    const now: Array<() => void> = [];
    const history = new ViewHistory({ day: 0 }, (view) => `d=${view.day}`, port, { set: (callback) => now.push(callback), clear: () => now.splice(0) });
    const change = (day: number, kind: keyof typeof HISTORY_OF_CHANGE) => {
      history.update({ day }, HISTORY_OF_CHANGE[kind]);
      for (const run of now.splice(0)) run();
    };
    change(5, 'jump');
    change(6, 'scrub');
    change(7, 'play');
    change(8, 'play');
    history.update({}, HISTORY_OF_CHANGE.stop);
    for (const run of now.splice(0)) run();
    expect(written).toEqual(['push d=5', 'replace d=6', 'replace d=8']);
  });
});
