import { describe, expect, it } from 'vitest';
import { geocodeSources, warmIngestSources } from '../../../scripts/lib/ingest-sources';
import { chainOf, emptyMemory, Geocoder } from '../../../src/ingest/geocode';
import { locateReport } from '../../../src/ingest/locate';

const sources = warmIngestSources();
const geocoderFor = (text: string) => new Geocoder(geocodeSources(sources, locateReport(text, sources.index)!));

describe('ingest geocoding', () => {
  const geocoder = geocoderFor('衢州市');
  it('places a site named after its county in that county, not at the city', () => {
    const placement = geocoder.place(chainOf([{ text: '龙游县人民医院', level: 'site' }]), 'hospital', emptyMemory());
    expect(placement).toMatchObject({ geometrySource: 'admin:330825', precision: 'county', admin: { county: '龙游县' } });
  });
});

describe('geocoding anywhere in China', () => {
  it('finds the county from a township only one county of the prefecture has (chain consistency)', () => {
    const placement = geocoderFor('衢州市').place(chainOf([{ text: '湖镇镇', level: 'township' }, { text: '星火村', level: 'village' }]), 'risk-area', emptyMemory());
    expect(placement?.admin).toEqual({ county: '龙游县', township: '湖镇镇', village: '星火村' });
  });
  it('leaves a place under a county of another prefecture unplaced', () => {
    expect(geocoderFor('衢州市').place(chainOf([{ text: '龙湾区', level: 'county' }, { text: '下垟村', level: 'village' }]), 'risk-area', emptyMemory())).toBeUndefined();
  });
  it('never draws a county-wide measure on the prefecture when the county polygon is not shipped', () => {
    const gazetteer = Object.create(sources.gazetteer) as typeof sources.gazetteer;
    gazetteer.geometryFor = (source, asArea) => (source === 'admin:330825' ? undefined : sources.gazetteer.geometryFor(source, asArea));
    const geocoder = new Geocoder({ ...geocodeSources(sources, locateReport('衢州市', sources.index)!), gazetteer });
    expect(geocoder.place(chainOf([{ text: '龙游县', level: 'county' }]), 'county-control', emptyMemory())).toBeUndefined();
    // A village of that county is a point: it goes to the smallest parent that can be drawn, and says so.
    expect(geocoder.place(chainOf([{ text: '龙游县', level: 'county' }, { text: '星火村', level: 'village' }]), 'risk-area', emptyMemory()))
      .toMatchObject({ precision: 'city', geometrySource: 'city:衢州市', geometryNote: { zh: expect.stringMatching(/没有龙游县的边界/), en: expect.stringMatching(/龙游县 has no polygon/) } });
  });
});

describe('the county of a place the text does not put in one', () => {
  it('is the county a site is named after, by its short name too (龙游收费站 → 龙游县)', () => {
    expect(geocoderFor('衢州市').place(chainOf([{ text: '龙游收费站', level: 'site' }]), 'checkpoint', emptyMemory())?.admin.county).toBe('龙游县');
  });
  it('is the county the report is about, flagged in zh and en', () => {
    const placement = geocoderFor('龙游县通告\n龙游县开展全员核酸检测。龙游县湖镇镇实行封控。').place(chainOf([{ text: '东华小区', level: 'compound' }]), 'risk-area', emptyMemory());
    expect(placement).toMatchObject({ admin: { county: '龙游县' }, flag: { zh: expect.stringMatching(/报道未写明所在区县.*龙游县/), en: expect.stringMatching(/county not stated; placed in 龙游县/) } });
  });
});

describe('villages of the national list', () => {
  it('flag two villages of one name in the county (zh and en) instead of guessing, and use the township when given', () => {
    const geocoder = geocoderFor('衢州市龙游县通告');
    const bare = geocoder.place(chainOf([{ text: '龙游县', level: 'county' }, { text: '新建村', level: 'village' }]), 'risk-area', emptyMemory());
    expect(bare).toMatchObject({ admin: { county: '龙游县', village: '新建村' }, flag: { zh: expect.stringMatching(/龙游县有2个新建村（东华街道、湖镇镇）/), en: expect.stringMatching(/2 villages named 新建村 in 龙游县/) } });
    expect(bare?.admin.township).toBeUndefined();
    const withTownship = geocoder.place(chainOf([{ text: '湖镇镇', level: 'township' }, { text: '新建村', level: 'village' }]), 'risk-area', emptyMemory());
    expect(withTownship).toMatchObject({ admin: { county: '龙游县', township: '湖镇镇', village: '新建村' } });
    expect(withTownship?.flag).toBeUndefined();
  });
  it('give the county of a village only one township of the prefecture has', () => {
    const placement = geocoderFor('衢州市通告').place(chainOf([{ text: '星火村', level: 'village' }]), 'risk-area', emptyMemory());
    expect(placement?.admin).toMatchObject({ county: '龙游县', township: '湖镇镇', village: '星火村' });
  });
});

describe('the official record as a gazetteer', () => {
  const geocoder = geocoderFor('安阳市汤阴县通告\n汤阴县古贤镇大朱庄村实行封控。');
  it('places a village at its official area, with the precision the official layer inferred', () => {
    const placement = geocoder.place(chainOf([{ text: '汤阴县', level: 'county' }, { text: '古贤镇', level: 'township' }, { text: '大朱庄村', level: 'village' }]), 'risk-area', emptyMemory());
    expect(placement).toMatchObject({ geometrySource: expect.stringMatching(/^official:河南省安阳市汤阴县.*大朱庄村/), precision: 'village', admin: { county: '汤阴县', township: '古贤镇', village: '大朱庄村' } });
    expect(placement?.geometryNote).toMatchObject({ zh: expect.stringMatching(/官方风险区名单条目/), en: expect.stringMatching(/official risk-area list entry/) });
  });
  it('never draws a county-wide measure at an official point', () => {
    expect(geocoder.place(chainOf([{ text: '汤阴县', level: 'county' }]), 'county-control', emptyMemory())?.geometrySource).toBe('admin:410523');
  });
});
