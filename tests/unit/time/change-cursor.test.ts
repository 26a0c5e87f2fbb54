import { describe, expect, it } from 'vitest';
import { ChangeCursor, type ChangePoints } from '../../../src/time/change-cursor';

/** Items that change state on listed days; an item's state is the number of its change days up to the day. */
function source(changeDays: number[][]) {
  const points: ChangePoints = {
    itemCount: changeDays.length,
    forEachCandidate: (from, to, visit) => {
      const [low, high] = from < to ? [from, to] : [to, from];
      for (let day = low + 1; day <= high; day += 1) changeDays.forEach((days, item) => days.includes(day) && visit(item));
    },
  };
  const stateOf = (item: number, day: number) => changeDays[item].filter((d) => d <= day).length;
  return { points, stateOf };
}

describe('the shared change-point cursor', () => {
  it('re-evaluates each listed item once per move, forward and back, and returns the ones that changed', () => {
    const { points, stateOf } = source([[2, 3, 4], [3], [9]]);
    const states = [0, 0, 0];
    const cursor = new ChangeCursor(points, 1);
    const visits: number[] = [];
    const reevaluate = (item: number, day: number) => {
      visits.push(item);
      const next = stateOf(item, day);
      const changed = next !== states[item];
      states[item] = next;
      return changed;
    };
    expect(cursor.moveTo(5, reevaluate)).toEqual([0, 1]);
    expect(visits).toEqual([0, 1]);
    expect(states).toEqual([3, 1, 0]);
    expect(cursor.moveTo(5, reevaluate)).toEqual([]);
    expect(cursor.moveTo(2, reevaluate)).toEqual([0, 1]);
    expect(states).toEqual([1, 0, 0]);
    expect(cursor.moveTo(10, reevaluate)).toEqual([0, 1, 2]);
    expect(cursor.day).toBe(10);
  });
});
