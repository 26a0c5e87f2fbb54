/**
 * What the notices say about a link's values (issue 21, item 8): a number out of its range says the range, in each
 * language, never "not a valid number"; a radius taken to 10 m is kept; an overlong value is dropped with its limit;
 * and the app never writes a link longer than MAX_QUERY_LENGTH (servers refuse long ones before the app loads).
 */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/core/calendar-day';
import { describeIgnored } from '../../src/ui/shell/i18n';
import { radiusNotice } from '../../src/ui/national/messages';
import { describeNationalIgnored } from '../../src/ui/national/ignored-lines';
import { defaultViewState, formatQuery, MAX_QUERY_LENGTH, parseQuery, type CodecContext } from '../../src/url/codec';
import { defaultNationalState, formatNationalQuery, parseNationalQuery } from '../../src/url/national-codec';
import { cleanRadiusKm } from '../../src/url/trip-codec';

const context: CodecContext = {
  outbreakIds: ['anyang'],
  featureOutbreak: new Map([['anyang-dazhuzhuang', 'anyang']]),
  calendarRange: () => ({ min: dayNumber('2022-01-08'), max: dayNumber('2022-02-03') }),
  maxAlignDay: 40,
};
const national = (query: string, lang: 'zh' | 'en') => parseNationalQuery(`o=china&${query}`).ignored.map((item) => describeNationalIgnored(item, lang));
const outbreak = (query: string, lang: 'zh' | 'en') => parseQuery(query, context).ignored.map((item) => describeIgnored(item, lang));

describe('a number out of range', () => {
  it('trip=999,999,0 is no point on Earth, with the ranges, in both languages', () => {
    expect(national('trip=999,999,0', 'zh')).toEqual(['trip=999,999,0: 不是地球上的点：纬度须在 −90 至 90、经度须在 −180 至 180 之间']);
    expect(national('trip=999,999,0', 'en')).toEqual(['trip=999,999,0: not a point on Earth: latitude must be −90 to 90, longitude −180 to 180']);
  });

  it('z=-5&c=95,200 names each key with its range (national view)', () => {
    expect(national('z=-5&c=95,200', 'zh')).toEqual([
      'z=-5: 缩放级别须为 3–18 之间的整数',
      'c=95,200: 中心点须为“纬度,经度”，纬度 −85 至 85，经度 −180 至 180',
    ]);
    expect(national('z=-5&c=95,200', 'en')).toEqual([
      'z=-5: the zoom must be a whole number from 3 to 18',
      'c=95,200: the centre must be "lat,lon" with latitude −85 to 85 and longitude −180 to 180',
    ]);
  });

  it('z=-5&c=95,200 says the same in the outbreak views', () => {
    expect(outbreak('z=-5&c=95,200', 'zh')).toEqual(['z=-5: 缩放级别须为 3–18 之间的整数', 'c=95,200: 中心点须为“纬度,经度”，纬度 −85 至 85，经度 −180 至 180']);
    expect(outbreak('z=-5&c=95,200', 'en')[0]).toBe('z=-5: the zoom must be a whole number from 3 to 18');
  });

  it('text that is no number still says so', () => {
    expect(national('z=big&c=north,east', 'en')).toEqual(['z=big: not a valid number', 'c=north,east: not a valid number']);
    expect(national('trip=north,east', 'zh')).toEqual(['trip=north,east: 不是有效数字']);
  });

  it('a zoom without a centre says the other is missing', () => {
    expect(national('z=11', 'en')).toEqual(['z=11: the zoom (z) and the centre (c) go together; the other is missing']);
    expect(parseNationalQuery('o=china&z=11').state.zoom).toBeNull();
  });
});

describe('a radius', () => {
  it('of 2.25 km is taken as it is, from the link and from the panel, with nothing to say', () => {
    expect(parseNationalQuery('o=china&trip=39.9,116.4,2.25').state.trip?.radiusKm).toBe(2.25);
    expect(parseNationalQuery('o=china&trip=39.9,116.4,2.25').ignored).toEqual([]);
    expect(cleanRadiusKm(2.25)).toEqual({ km: 2.25, change: null });
    expect(radiusNotice('zh', '2.25', cleanRadiusKm(2.25))).toBe('');
    const state = { ...defaultNationalState(), trip: { lat: 39.9, lon: 116.4, radiusKm: 2.25, from: dayNumber('2022-11-01'), to: dayNumber('2022-11-30') } };
    expect(formatNationalQuery(state)).toContain('trip=39.9,116.4,2.25');
  });

  it('finer than 10 m is rounded and says it was rounded, not that it was out of range', () => {
    expect(cleanRadiusKm(2.254)).toEqual({ km: 2.25, change: 'rounded' });
    expect(radiusNotice('zh', '2.254', cleanRadiusKm(2.254))).toBe('半径 2.254 公里已四舍五入为 2.25 公里（精确到 10 米）');
    expect(radiusNotice('en', '2.254', cleanRadiusKm(2.254))).toBe('The radius 2.254 km was rounded to 2.25 km (to 10 m)');
    expect(national('trip=39.9,116.4,2.254', 'en')).toEqual(['trip=39.9,116.4,2.254: the radius was rounded to 10 m (0.01 km)']);
  });

  it('outside 1–50 km says the range and the value it was set to', () => {
    expect(radiusNotice('en', '80', cleanRadiusKm(80))).toBe('The radius must be 1–50 km; set to 50 km');
    expect(radiusNotice('zh', '0', cleanRadiusKm(0))).toBe('半径须在 1–50 公里之间，已调整为 1 公里');
  });
});

describe('long links', () => {
  it('drop a value over 100 characters with a notice that says the limit', () => {
    const long = 'x'.repeat(5000);
    const { state, ignored } = parseQuery(`o=anyang&sel=${long}`, context);
    expect(state.outbreak).toBe('anyang');
    expect(ignored.map((i) => `${i.key}:${i.reason}`)).toEqual(['sel:too-long']);
    expect(describeIgnored(ignored[0], 'zh')).toBe(`sel=${'x'.repeat(40)}…: 超过 100 个字符，未使用`);
    expect(national(`d=${long}`, 'en')).toEqual([`d=${'x'.repeat(40)}…: longer than 100 characters; not used`]);
  });

  it('drop a search over 60 characters as too long, not as unsafe', () => {
    expect(outbreak(`q=${'大'.repeat(61)}`, 'en')).toEqual([`q=${'大'.repeat(40)}…: a search is at most 60 characters; not used`]);
    expect(outbreak(`q=${'大'.repeat(61)}`, 'zh')[0]).toMatch(/搜索词最多 60 个字符，未使用$/);
  });

  it('are never written: the written query stays under MAX_QUERY_LENGTH whatever the state holds', () => {
    const state = { ...defaultViewState(context, 'anyang'), search: '大朱庄'.repeat(2000), zoom: 11, centre: [36.09, 114.35] as [number, number] };
    const query = formatQuery(state, context);
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query).toContain('z=11');
    expect(parseQuery(query, context).ignored).toEqual([]);
  });
});
