import { describe, expect, it } from 'vitest';
import { compareEvents } from '../../src/data/event-order';

describe('event order', () => {
  it('orders by date, then time; no time is the start of the day; ties keep their order', () => {
    const events = [
      { date: '2022-03-02', id: 'a' },
      { date: '2022-03-01', time: '17:00', id: 'b' },
      { date: '2022-03-01', id: 'c' },
      { date: '2022-03-01', time: '00:00', id: 'd' },
      { date: '2022-02-28', time: '23:59', id: 'e' },
    ];
    expect([...events].sort(compareEvents).map((e) => e.id)).toEqual(['e', 'c', 'd', 'b', 'a']);
    expect(compareEvents({ date: '2022-03-01' }, { date: '2022-03-01', time: '00:00' })).toBe(0);
  });
});
