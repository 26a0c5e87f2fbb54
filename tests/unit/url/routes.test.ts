import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/core/calendar-day';
import { defaultViewState, formatQuery, parseQuery, type CodecContext } from '../../../src/url/codec';
import { formatCompareQuery, parseCompareQuery } from '../../../src/url/compare-codec';
import { CHINA_URL_SCOPE, defaultNationalState, formatNationalQuery, parseNationalQuery, type NationalUrlScope } from '../../../src/url/national-codec';
import { formatIndexQuery, parseIndexQuery } from '../../../src/url/outbreak-index-codec';
import { routeOf, routeQuery } from '../../../src/url/routes';

const context: CodecContext = {
  outbreakIds: ['anyang', 'heze'],
  featureOutbreak: new Map([['anyang-a', 'anyang']]),
  calendarRange: () => ({ min: dayNumber('2022-01-08'), max: dayNumber('2022-02-03') }),
  maxAlignDay: 40,
};
const EPISODE = '610100-20211215';
const episodeScope: NationalUrlScope = { outbreak: EPISODE, range: { min: dayNumber('2021-12-08'), max: dayNumber('2022-01-29') }, defaultDay: dayNumber('2021-12-27') };

describe('routes', () => {
  it('reads the view from o alone, and writes the query that opens each view', () => {
    expect(routeOf('')).toEqual({ view: 'outbreaks', outbreak: 'all' });
    expect(routeOf('?o=anyang&d=2022-01-10')).toEqual({ view: 'outbreaks', outbreak: 'anyang' });
    expect(routeOf('o=china&lang=en')).toEqual({ view: 'national' });
    expect(routeOf(`o=${EPISODE}`)).toEqual({ view: 'episode', id: EPISODE });
    expect(routeOf('o=outbreaks&sort=peak')).toEqual({ view: 'index' });
    expect(routeOf('o=compare&ids=anyang,heze')).toEqual({ view: 'compare', ids: ['anyang', 'heze'] });
    expect(routeQuery({ view: 'national' }, 'en')).toBe('o=china&lang=en');
    expect(routeQuery({ view: 'index' }, 'zh')).toBe('o=outbreaks');
    expect(routeQuery({ view: 'compare', ids: ['anyang', EPISODE] }, 'zh')).toBe(`o=compare&ids=anyang,${EPISODE}`);
    expect(routeQuery({ view: 'outbreaks', outbreak: 'all' }, 'en')).toBe('lang=en');
    for (const route of [routeOf(''), routeOf('o=heze'), routeOf('o=china'), routeOf(`o=${EPISODE}`), routeOf('o=outbreaks'), routeOf('o=compare&ids=a,b')]) {
      expect(routeOf(routeQuery(route, 'en'))).toEqual(route);
    }
  });

  it('round-trips each view\'s state through its codec, and the written query opens the same view', () => {
    const outbreak = { ...defaultViewState(context, 'anyang'), day: dayNumber('2022-01-17'), zoom: 11, centre: [36.09, 114.35] as [number, number], lang: 'en' as const };
    expect(parseQuery(formatQuery(outbreak, context), context)).toEqual({ state: outbreak, ignored: [] });
    expect(routeOf(formatQuery(outbreak, context)).view).toBe('outbreaks');

    const national = { ...defaultNationalState(), day: dayNumber('2022-04-01'), zoom: 9, centre: [31.2, 121.5] as [number, number], basemap: 'amap' as const, selected: { kind: 'key' as const, key: '0123456789a' } };
    expect(parseNationalQuery(formatNationalQuery(national))).toEqual({ state: national, ignored: [] });
    expect(routeOf(formatNationalQuery(national)).view).toBe('national');

    const episode = { ...defaultNationalState(episodeScope), day: dayNumber('2022-01-02'), lang: 'en' as const };
    const episodeQuery = formatNationalQuery(episode, episodeScope);
    expect(parseNationalQuery(episodeQuery, episodeScope)).toEqual({ state: episode, ignored: [] });
    expect(routeOf(episodeQuery)).toEqual({ view: 'episode', id: EPISODE });

    const index = { sort: 'peak' as const, direction: 'asc' as const, province: '陕西省', year: 2021, minPeak: 100, search: 'xian', lang: 'en' as const };
    expect(parseIndexQuery(formatIndexQuery(index), { provinces: ['陕西省'], years: [2021] })).toEqual({ state: index, ignored: [] });
    expect(routeOf(formatIndexQuery(index)).view).toBe('index');

    const compare = { ids: ['anyang', EPISODE], scale: 'log' as const, cursor: 5, lang: 'en' as const };
    expect(parseCompareQuery(formatCompareQuery(compare), () => true)).toEqual({ state: compare, dropped: [] });
    expect(routeOf(formatCompareQuery(compare)).view).toBe('compare');
  });

  it('applies the shared key rules the same way in every view: zoom and centre go together, with a notice', () => {
    const unpaired = [{ key: 'z', value: '9', reason: 'unpaired-view' }];
    expect(parseQuery('z=9', context).ignored).toEqual(unpaired);
    expect(parseNationalQuery('o=china&z=9').ignored).toEqual(unpaired);
    expect(parseNationalQuery(`o=${EPISODE}&z=9`, episodeScope).ignored).toEqual(unpaired);
    for (const parsed of [parseQuery('z=9', context).state, parseNationalQuery('o=china&z=9').state]) expect([parsed.zoom, parsed.centre]).toEqual([null, null]);
    // A wrong one is named for what is wrong with it, and the other is not used either.
    expect(parseQuery('z=40&c=30,120', context).ignored.map((i) => i.reason)).toEqual(['zoom-out-of-range']);
    expect(parseNationalQuery('o=china&z=40&c=30,120').ignored.map((i) => i.reason)).toEqual(['zoom-out-of-range']);
  });

  it('clamps a day into the view\'s range with one rule: the outbreak\'s period, the record, an episode\'s days', () => {
    expect(parseQuery('d=2030-01-01', context).state.day).toBe(dayNumber('2022-02-03'));
    expect(parseNationalQuery('o=china&d=2030-01-01').state.day).toBe(CHINA_URL_SCOPE.range.max);
    expect(parseNationalQuery(`o=${EPISODE}&d=2020-01-01`, episodeScope).state.day).toBe(episodeScope.range.min);
    for (const ignored of [parseQuery('d=2030-01-01', context).ignored, parseNationalQuery('o=china&d=2030-01-01').ignored]) {
      expect(ignored).toEqual([{ key: 'd', value: '2030-01-01', reason: 'date-clamped' }]);
    }
  });

  it('reads lang the same way in every view: en, else Chinese', () => {
    expect(parseQuery('lang=fr', context).state.lang).toBe('zh');
    expect(parseNationalQuery('o=china&lang=en').state.lang).toBe('en');
    expect(parseIndexQuery('o=outbreaks&lang=en', { provinces: [], years: [] }).state.lang).toBe('en');
    expect(parseCompareQuery('o=compare&lang=en', () => true).state.lang).toBe('en');
    expect(parseCompareQuery('o=compare&lang=fr', () => true).state.lang).toBe('zh');
  });

  it('writes commas and colons unescaped in every view; an old link with them escaped opens the same view and is written anew', () => {
    const old = parseIndexQuery('o=outbreaks&q=xi%2Can', { provinces: [], years: [] });
    expect(old.state.search).toBe('xi,an');
    expect(formatIndexQuery(old.state)).toBe('o=outbreaks&q=xi,an');
    const outbreak = parseQuery('q=a%3Ab', context);
    expect(outbreak.state.search).toBe('a:b');
    expect(formatQuery(outbreak.state, context)).toBe('q=a:b');
  });
});
