import { describe, expect, it } from 'vitest';
import { checkDates, countLine, yearsOf } from '../../../src/official/count';
import { intervalColumns } from '../../../src/official/columns';
import { OfficialDayIndex } from '../../../src/official/day-index';
import { dayNumber } from '../../../src/core/calendar-day';

describe('official:count, pure part', () => {
  it('accepts dates of the record and says which years to read', () => {
    const check = checkDates(['2020-07-29', '2022-12-24', '2021-08-10']);
    expect(check).toEqual({ ok: true, days: [dayNumber('2020-07-29'), dayNumber('2022-12-24'), dayNumber('2021-08-10')] });
    if (check.ok) expect(yearsOf(check.days)).toEqual([2020, 2021, 2022]);
  });
  it('names every malformed, impossible or out-of-range date', () => {
    expect(checkDates(['2021-8-10', '2021-02-30', '2020-07-28', '2022-12-25', '<b>'])).toEqual({
      ok: false,
      errors: [
        '"2021-8-10" is not a date in the form YYYY-MM-DD',
        '2021-02-30 is not a calendar date',
        '2020-07-28 is outside the record (2020-07-29 to 2022-12-24)',
        '2022-12-25 is outside the record (2020-07-29 to 2022-12-24)',
        '"<b>" is not a date in the form YYYY-MM-DD',
      ],
    });
    expect(checkDates([])).toMatchObject({ ok: false });
  });
  it('answers null and names the level on a day without a list (no data is not zero)', () => {
    const day = dayNumber('2021-11-01');
    const index = new OfficialDayIndex(intervalColumns([{ area: 0, first: day - 1, last: day - 1, level: 'high', count: 2 }]), [
      { day: day - 1, high: true, medium: true, source: '' }, { day, high: false, medium: true, source: '' },
    ], 1);
    expect(countLine(index, day - 1)).toEqual({ date: '2021-10-31', high: 2, medium: 0 });
    expect(countLine(index, day)).toEqual({ date: '2021-11-01', high: null, medium: 0, noData: ['high'] });
  });
});
