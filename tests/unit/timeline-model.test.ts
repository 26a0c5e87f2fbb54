import { describe, expect, it } from 'vitest';
import { TimelineIndex, type TimelineInput } from '../../src/time/timeline-index';
import { TimelineModel } from '../../src/time/timeline-model';
import { stateOnDay, type TimelineOptions } from '../../src/time/feature-state';

const fade: TimelineOptions = { fadeDays: 3, showLifted: false };
const features: TimelineInput[] = [
  { eventDays: [10], statuses: ['high-risk'] },
  { eventDays: [20], statuses: ['sealed'] },
  { eventDays: [11, 12], statuses: ['sealed', 'lifted'] },
];

describe('timeline model', () => {
  it('moves to a day, returns the changed features and hands the same list to every layer', () => {
    const model = new TimelineModel(new TimelineIndex(features, fade), 9);
    const received: Array<[readonly number[], number]> = [];
    model.subscribe((changed, day) => received.push([changed, day]));
    const changed = model.moveTo(11);
    expect([...changed].sort()).toEqual([0, 2]);
    expect(received).toEqual([[changed, 11]]);
    expect(model.day).toBe(11);
    expect(model.state(2)).toMatchObject({ phase: 'active', status: 'sealed' });
  });

  it('tells no layer when a move changes nothing, and none after it unsubscribed', () => {
    const model = new TimelineModel(new TimelineIndex(features, fade), 9);
    let calls = 0;
    const unsubscribe = model.subscribe(() => {
      calls += 1;
    });
    expect(model.moveTo(9)).toEqual([]);
    expect(calls).toBe(0);
    unsubscribe();
    model.moveTo(30);
    expect(calls).toBe(0);
  });

  it('re-indexes in place (show lifted) and reports only the features whose state differs', () => {
    const model = new TimelineModel(new TimelineIndex(features, fade), 30);
    expect(model.state(2).phase).toBe('hidden');
    const received: number[][] = [];
    model.subscribe((changed) => received.push([...changed]));
    const lifted = new TimelineIndex(features, { ...fade, showLifted: true });
    expect(model.reindex(lifted, 30)).toEqual([2]);
    expect(received).toEqual([[2]]);
    expect(model.index).toBe(lifted);
    features.forEach((f, i) => expect(model.state(i)).toEqual(stateOnDay(f.eventDays, f.statuses, 30, { ...fade, showLifted: true })));
    // Moves after a re-index use the new index.
    model.moveTo(11);
    expect(model.state(2)).toMatchObject({ phase: 'active', status: 'sealed' });
  });

  it('refuses an index of other features', () => {
    const model = new TimelineModel(new TimelineIndex(features, fade), 9);
    expect(() => model.reindex(new TimelineIndex(features.slice(1), fade), 9)).toThrow();
  });
});
