import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/core/calendar-day';
import { cleanSearchInput, defaultViewState, formatQuery, parseQuery, type CodecContext } from '../../src/url/codec';
import type { ViewState } from '../../src/url/view-state';

const context: CodecContext = {
  outbreakIds: ['anyang', 'heze'],
  featureOutbreak: new Map([['anyang-dazhuzhuang', 'anyang'], ['heze-a', 'heze']]),
  calendarRange: (outbreak) => {
    const [first, last] = outbreak === 'anyang' ? ['2022-01-08', '2022-02-03'] : outbreak === 'heze' ? ['2022-07-20', '2022-08-20'] : ['2022-01-08', '2022-08-20'];
    return { min: dayNumber(first), max: dayNumber(last) };
  },
  maxAlignDay: 40,
};

describe('URL codec', () => {
  it('leaves every default out, so the plain page has an empty query', () => {
    expect(formatQuery(defaultViewState(context), context)).toBe('');
  });

  it('round-trips a full view', () => {
    const state: ViewState = {
      ...defaultViewState(context, 'anyang'), day: dayNumber('2022-01-17'), kinds: ['risk-area', 'checkpoint'], statuses: ['high-risk'],
      precisions: ['county'], search: '大朱庄', selected: 'anyang-dazhuzhuang', zoom: 11, centre: [36.09, 114.35], lang: 'en',
      basemap: 'offline', showLifted: true,
    };
    const query = formatQuery(state, context);
    expect(query).toContain('d=2022-01-17');
    expect(query).toContain('k=risk-area,checkpoint');
    expect(query).toContain('c=36.0900,114.3500');
    const parsed = parseQuery(query, context);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.state).toEqual(state);
  });

  it('round-trips the first-case alignment as a day number instead of a date', () => {
    const state: ViewState = { ...defaultViewState(context), align: 'first-case', day: 12 };
    expect(formatQuery(state, context)).toBe('a=first&n=12');
    expect(parseQuery('a=first&n=12', context).state).toEqual(state);
    expect(formatQuery({ ...state, day: 0 }, context)).toBe('a=first');
  });

  it('accepts a day before the first case down to the data\'s bound (Heze\'s day −1), and clamps below it', () => {
    const before = { ...context, minAlignDay: -1 };
    const state: ViewState = { ...defaultViewState(before), align: 'first-case', day: -1 };
    expect(formatQuery(state, before)).toBe('a=first&n=-1');
    expect(parseQuery('a=first&n=-1', before)).toEqual({ state, ignored: [] });
    const clamped = parseQuery('a=first&n=-3', before);
    expect(clamped.state.day).toBe(-1);
    expect(clamped.ignored.map((i) => i.reason)).toEqual(['date-clamped']);
  });

  it('uses the day key of the alignment in force, and still checks the other one', () => {
    expect(parseQuery('a=first&d=2022-01-17', context).state.day).toBe(0);
    expect(parseQuery('n=5&d=2022-01-17', context).state.day).toBe(dayNumber('2022-01-17'));
    expect(parseQuery('a=first&d=2022-02-30', context).ignored.map((i) => i.reason)).toEqual(['bad-date']);
    const clamped = parseQuery('a=first&n=99', context);
    expect(clamped.state.day).toBe(40);
    expect(clamped.ignored.map((i) => i.reason)).toEqual(['date-clamped']);
  });

  it('falls back for an unknown outbreak and says so', () => {
    const { state, ignored } = parseQuery('o=wuhan', context);
    expect(state.outbreak).toBe('all');
    expect(ignored).toEqual([{ key: 'o', value: 'wuhan', reason: 'unknown-outbreak' }]);
  });

  it('rejects a feature that does not exist or belongs to another outbreak', () => {
    expect(parseQuery('sel=nope', context).ignored[0].reason).toBe('unknown-feature');
    expect(parseQuery('o=anyang&sel=heze-a', context).state.selected).toBeNull();
  });

  it('drops an impossible date and clamps an out-of-range one', () => {
    const impossible = parseQuery('o=anyang&d=2022-02-30', context);
    expect(impossible.state.day).toBe(dayNumber('2022-01-08'));
    expect(impossible.ignored[0].reason).toBe('bad-date');
    const late = parseQuery('o=anyang&d=2030-01-01', context);
    expect(late.state.day).toBe(dayNumber('2022-02-03'));
    expect(late.ignored[0].reason).toBe('date-clamped');
  });

  it('ignores malformed numbers and a centre without a zoom', () => {
    expect(parseQuery('z=abc&c=36.1,114.3', context).state).toMatchObject({ zoom: null, centre: null });
    expect(parseQuery('z=11&c=999,1', context).ignored.map((i) => i.key)).toEqual(['c']);
    expect(parseQuery('z=11.5&c=36,114', context).ignored.map((i) => i.key)).toEqual(['z']);
  });

  it('keeps the known filter values and reports the unknown ones', () => {
    const { state, ignored } = parseQuery('k=risk-area,volcano&s=high-risk,,bogus', context);
    expect(state.kinds).toEqual(['risk-area']);
    expect(state.statuses).toEqual(['high-risk']);
    expect(ignored.map((i) => i.value)).toEqual(['volcano', 'bogus']);
  });

  it('treats a script-laden parameter as unsafe text, never as a search', () => {
    const { state, ignored } = parseQuery(`q=${encodeURIComponent('<script>alert(1)</script>')}&x=1`, context);
    expect(state.search).toBe('');
    expect(ignored).toEqual([
      { key: 'x', value: '1', reason: 'unknown-key' },
      { key: 'q', value: '<script>alert(1)</script>', reason: 'unsafe-text' },
    ]);
  });

  it('cleans typed search text by the rule the URL checks it with', () => {
    expect(cleanSearchInput('大朱<庄>"\u0007')).toBe('大朱庄');
    const typed = cleanSearchInput('x'.repeat(80));
    expect(typed).toHaveLength(60);
    expect(parseQuery(`q=${typed}`, context).state.search).toBe(typed);
    expect(parseQuery(`q=${'x'.repeat(61)}`, context).ignored[0].reason).toBe('search-too-long');
  });
});
