import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../src/url/routes';
import { defaultIndexState, formatIndexQuery, parseIndexQuery, type IndexCodecContext, type OutbreakIndexState } from '../../../src/url/outbreak-index-codec';

const context: IndexCodecContext = { provinces: ['陕西省', '广西壮族自治区'], years: [2020, 2021, 2022] };

describe('outbreak index URL codec', () => {
  it('leaves every default out', () => {
    expect(formatIndexQuery(defaultIndexState())).toBe('o=outbreaks');
    expect(routeOf('?o=outbreaks&sort=peak').view).toBe('index');
    expect(routeOf('?o=china').view).toBe('national');
  });

  it('round-trips a full state', () => {
    const state: OutbreakIndexState = { sort: 'peak', direction: 'asc', province: '陕西省', year: 2021, minPeak: 100, search: 'xian', lang: 'en' };
    const query = formatIndexQuery(state);
    expect(query).toBe(`o=outbreaks&sort=peak&dir=asc&prov=${encodeURIComponent('陕西省')}&y=2021&min=100&q=xian&lang=en`);
    expect(parseIndexQuery(query, context)).toEqual({ state, ignored: [] });
  });

  it('gives a column its own first direction and writes dir only when it differs', () => {
    const { state } = parseIndexQuery('o=outbreaks&sort=peak', context);
    expect(state).toMatchObject({ sort: 'peak', direction: 'desc' });
    expect(formatIndexQuery(state)).toBe('o=outbreaks&sort=peak');
    expect(formatIndexQuery({ ...defaultIndexState(), direction: 'desc' })).toBe('o=outbreaks&dir=desc');
  });

  it('reads the brief\'s example link', () => {
    const { state, ignored } = parseIndexQuery('o=outbreaks&sort=peak&prov=陕西省&y=2021&q=xian', context);
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ sort: 'peak', province: '陕西省', year: 2021, search: 'xian' });
  });

  it('drops bad values with a reason and keeps the rest', () => {
    const { state, ignored } = parseIndexQuery('o=outbreaks&sort=size&dir=up&prov=火星省&y=2019&min=50&q=<b>&lang=fr&zoom=3&y2=1', context);
    expect(state).toEqual(defaultIndexState());
    expect(ignored).toEqual([
      { key: 'zoom', value: '3', reason: 'unknown-key' },
      { key: 'y2', value: '1', reason: 'unknown-key' },
      { key: 'sort', value: 'size', reason: 'unknown-value' },
      { key: 'dir', value: 'up', reason: 'unknown-value' },
      { key: 'prov', value: '火星省', reason: 'unknown-value' },
      { key: 'y', value: '2019', reason: 'unknown-value' },
      { key: 'min', value: '50', reason: 'unknown-value' },
      { key: 'lang', value: 'fr', reason: 'unknown-value' },
      { key: 'q', value: '<b>', reason: 'unsafe-text' },
    ]);
    expect(parseIndexQuery(`o=outbreaks&q=${'x'.repeat(70)}`, context).ignored).toEqual([{ key: 'q', value: 'x'.repeat(70), reason: 'search-too-long' }]);
    expect(parseIndexQuery(`o=outbreaks&q=${'x'.repeat(120)}`, context).ignored[0].reason).toBe('too-long');
  });
});
