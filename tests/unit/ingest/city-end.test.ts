import { describe, expect, it } from 'vitest';
import type { OutbreakFeature } from '../../../src/data/schema';
import { propagateCityWideEnd } from '../../../src/ingest/city-end';

const feature = (name: string, kind: OutbreakFeature['properties']['kind'], events: OutbreakFeature['properties']['events']): OutbreakFeature => ({
  type: 'Feature', geometry: { type: 'Point', coordinates: [120, 28] },
  properties: { id: `t-${name}`, name, nameEn: name, kind, precision: 'county', admin: { county: '龙湾区' }, geometrySource: 'admin:330303', events },
});

describe('city-wide ending', () => {
  const end = { date: '2022-05-12', status: 'low-risk' as const, quote: '5月12日,全市所有中高风险区均已解除。' };
  const village = feature('红旗村', 'risk-area', [{ date: '2022-05-03', status: 'high-risk', quote: '5月3日,红旗村划为高风险地区。' }]);
  const city = feature('温州市', 'city-control', [end]);
  const hospital = feature('人民医院', 'hospital', [{ date: '2022-05-03', status: 'in-use', quote: '5月3日,人民医院收治病例。' }]);

  it('ends every area still under a measure, with the city-wide sentence, and leaves facilities alone', () => {
    const out = propagateCityWideEnd([village, city, hospital]);
    expect(out[0].properties.events.map((e) => `${e.date}:${e.status}`)).toEqual(['2022-05-03:high-risk', '2022-05-12:low-risk']);
    expect(out[0].properties.events[1].quote).toBe(end.quote);
    expect(out[2]).toBe(hospital);
  });

  it('does not mutate its input', () => {
    const before = structuredClone([village, city, hospital]);
    const input = [village, city, hospital];
    propagateCityWideEnd(input);
    expect(input).toEqual(before);
    expect(village.properties.events).toHaveLength(1);
  });
});

describe('county-wide ending', () => {
  it('ends the places of that county only', () => {
    const end = { date: '2022-01-26', status: 'low-risk' as const, quote: '1月26日,龙湾区全域为低风险地区。' };
    const county = feature('龙湾区', 'county-control', [end]);
    const inside = feature('下垟村', 'risk-area', [{ date: '2022-01-09', status: 'medium-risk', quote: '1月9日,下垟村划定为中风险地区。' }]);
    const outside = { ...inside, properties: { ...inside.properties, id: 't-other', name: '红旗村', admin: { county: '鹿城区' } } };
    const out = propagateCityWideEnd([county, inside, outside]);
    expect(out[1].properties.events.map((e) => e.status)).toEqual(['medium-risk', 'low-risk']);
    expect(out[2]).toBe(outside);
  });
  it('is not read into lifting a lockdown (解除全域封闭管理 ends no risk level)', () => {
    const county = feature('龙湾区', 'county-control', [{ date: '2022-01-20', status: 'lifted', quote: '1月20日起,龙湾区解除全域封闭管理。' }]);
    const inside = feature('下垟村', 'risk-area', [{ date: '2022-01-09', status: 'medium-risk', quote: '1月9日,下垟村划定为中风险地区。' }]);
    expect(propagateCityWideEnd([county, inside])[1]).toBe(inside);
  });
});
