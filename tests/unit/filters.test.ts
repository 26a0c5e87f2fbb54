import { describe, expect, it } from 'vitest';
import type { OutbreakFeature } from '../../src/data/schema';
import { filterMask, matchesFilters, searchKeyOf, type FeatureFilters, type FilterableFeature } from '../../src/filters/match';
import { loadSimplifier } from '../../src/filters/search-text';

function item(outbreakId: string, id: string, name: string, nameEn: string, kind: OutbreakFeature['properties']['kind'], statuses: OutbreakFeature['properties']['events'][number]['status'][], precision: OutbreakFeature['properties']['precision'] = 'county'): FilterableFeature {
  const feature: OutbreakFeature = {
    type: 'Feature', geometry: { type: 'Point', coordinates: [114, 36] },
    properties: {
      id, name, nameEn, kind, precision, admin: { county: '汤阴县', township: '古贤镇' }, geometrySource: 'admin:410523',
      events: statuses.map((status, i) => ({ date: `2022-01-1${i}`, status, quote: '引文引文' })),
    },
  };
  return { outbreakId, feature, searchKey: searchKeyOf(feature) };
}

const items = [
  item('anyang', 'a-1', '大朱庄村', 'Dazhuzhuang Cun', 'risk-area', ['high-risk', 'low-risk']),
  item('anyang', 'a-2', '安阳站', 'Anyang Zhan', 'checkpoint', ['opened']),
  item('heze', 'h-1', '前韩村', 'Qianhan Cun', 'risk-area', ['reported'], 'township'),
];
const none: FeatureFilters = { outbreak: 'all', kinds: [], statuses: [], precisions: [], search: '' };

describe('filters', () => {
  it('pass everything when nothing is selected', () => {
    expect([...filterMask(items, none)]).toEqual([1, 1, 1]);
  });
  it('narrow by outbreak, kind and precision', () => {
    expect([...filterMask(items, { ...none, outbreak: 'anyang', kinds: ['risk-area'] })]).toEqual([1, 0, 0]);
    expect([...filterMask(items, { ...none, precisions: ['township'] })]).toEqual([0, 0, 1]);
  });
  it('match a status the place had at any time, not only its first', () => {
    expect(matchesFilters(items[0], { ...none, statuses: ['low-risk'] })).toBe(true);
    expect(matchesFilters(items[1], { ...none, statuses: ['low-risk'] })).toBe(false);
  });
  it('search 汉字, pinyin with or without spaces and case, and the township', () => {
    expect(matchesFilters(items[0], { ...none, search: '朱庄' })).toBe(true);
    expect(matchesFilters(items[0], { ...none, search: 'DaZhu zhuang' })).toBe(true);
    expect(matchesFilters(items[0], { ...none, search: '古贤' })).toBe(true);
    expect(matchesFilters(items[2], { ...none, search: 'dazhu' })).toBe(false);
  });
  it('search with tone marks, Traditional characters, and the initials of the syllables', async () => {
    await loadSimplifier();
    const yangkong = { ...item('anyang', 'y-1', '杨孔村', 'Yangkong Cun', 'risk-area', ['sealed']) };
    const withSyllables = { ...yangkong, searchKey: searchKeyOf(yangkong.feature, ['yang', 'kong', 'cun']) };
    expect(matchesFilters(yangkong, { ...none, search: 'yángkǒng' })).toBe(true);
    expect(matchesFilters(yangkong, { ...none, search: '楊孔' })).toBe(true);
    expect(matchesFilters(withSyllables, { ...none, search: 'ykc' })).toBe(true);
    expect(matchesFilters(withSyllables, { ...none, search: 'YK' })).toBe(true);
    expect(matchesFilters(yangkong, { ...none, search: 'ykc' })).toBe(false);
  });
});
