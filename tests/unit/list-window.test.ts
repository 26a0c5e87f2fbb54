import { describe, expect, it } from 'vitest';
import { listWindow } from '../../src/ui/shell/list-window';

const range = (first: number, last: number) => Array.from({ length: last - first }, (_, i) => first + i);

const base = { count: 100, rowHeight: 24, viewport: 168, offset: 0, overscan: 2, focused: null };

describe('listWindow', () => {
  it('renders the rows in view and the overscan after them at the top', () => {
    expect(listWindow(base)).toEqual(range(0, 9));
  });

  it('follows the scroll position, with overscan on both sides', () => {
    expect(listWindow({ ...base, offset: 24 * 50 })).toEqual(range(48, 59));
  });

  it('never goes past either end', () => {
    expect(listWindow({ ...base, offset: 24 * 97 })).toEqual(range(95, 100));
    expect(listWindow({ ...base, count: 3 })).toEqual(range(0, 3));
    expect(listWindow({ ...base, count: 0 })).toEqual([]);
  });

  it('keeps the focused row and both its neighbours rendered, wherever the list is scrolled', () => {
    // Focus on the last rendered row: the next one must exist before the next Tab.
    expect(listWindow({ ...base, focused: 8 })).toEqual(range(0, 10));
    // Scrolled far away from a focused row (e.g. by the wheel): the row and its neighbours stay, nothing between.
    expect(listWindow({ ...base, offset: 24 * 50, focused: 3 })).toEqual([...range(2, 5), ...range(48, 59)]);
    expect(listWindow({ ...base, focused: 0 })).toEqual(range(0, 9));
    expect(listWindow({ ...base, count: 10, offset: 24 * 3, focused: 9 })).toEqual(range(1, 10));
  });
});
