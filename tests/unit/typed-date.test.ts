import { describe, expect, it } from 'vitest';
import { dayNumber as d } from '../../src/core/calendar-day';
import { parseTypedDate } from '../../src/time/typed-date';

const [min, max] = [d('2020-07-29'), d('2022-12-24')];

describe('a typed date', () => {
  it('reads the usual ways of writing a day', () => {
    for (const text of ['2022-11-30', '2022/11/30', '2022.11.30', '20221130', '2022年11月30日', ' 2022-11-30 ', '2022-11-30'.replace('-', '/')]) {
      expect(parseTypedDate(text, min, max), text).toEqual({ status: 'ok', day: d('2022-11-30') });
    }
    expect(parseTypedDate('2021-8-1', min, max)).toEqual({ status: 'ok', day: d('2021-08-01') });
  });

  it('moves a day outside the range to the nearest day in it, and says which day was typed', () => {
    expect(parseTypedDate('2023-01-05', min, max)).toEqual({ status: 'clamped', day: max, typed: '2023-01-05' });
    expect(parseTypedDate('2019-12-01', min, max)).toEqual({ status: 'clamped', day: min, typed: '2019-12-01' });
  });

  it('rejects what is not a calendar day', () => {
    for (const text of ['2022-02-30', '2022-13-01', 'yesterday', '', '2022-11', '<script>']) {
      expect(parseTypedDate(text, min, max).status, text).toBe('invalid');
    }
  });
});
