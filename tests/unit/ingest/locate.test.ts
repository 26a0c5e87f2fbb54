/**
 * Where a report is about, from its text and the national list (src/ingest/locate.ts), on sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadAdminDivisions } from '../../../scripts/lib/admin-divisions';
import { adminIndex } from '../../../src/ingest/admin-index';
import { closestPrefectures, editDistance, resolveCityArg } from '../../../src/ingest/city-arg';
import { locateReport, otherCityNamedMore, ownArea, secondCityNamed } from '../../../src/ingest/locate';
import { ownAreaMentions } from '../../../src/ingest/own-area';

const index = adminIndex(loadAdminDivisions());
const locate = (text: string) => locateReport(text, index);
const names = (area: ReturnType<typeof locate>) => [area?.prefecture.name, area?.county?.name];

describe('the area a report is about', () => {
  it('reads the prefecture from the counties the text names, even when the prefecture is never written', () => {
    expect(names(locate('龙湾区疫情防控通告\n1月9日，将海城街道下垟村划定为中风险地区。龙湾区开展全员核酸检测。'))).toEqual(['温州市', '龙湾区']);
  });
  it('counts a township name for the counties that have one (增村镇 → 藁城区, 石家庄市)', () => {
    expect(names(locate('1月3日，将增村镇小果庄村划定为高风险地区，增村镇刘家佐村划定为中风险地区。'))).toEqual(['石家庄市', '藁城区']);
  });
  it('gives a municipality its districts (丰台区 → 北京市)', () => {
    expect(names(locate('丰台区通报疫情\n将丰台区新村街道划定为高风险地区。'))).toEqual(['北京市', '丰台区']);
  });
  it('splits a county name shared in China by what else the text says (朝阳区 with 长春 → 长春市)', () => {
    expect(names(locate('长春市通报\n朝阳区红旗街道实行封控，朝阳区开展全员核酸检测。'))).toEqual(['长春市', '朝阳区']);
    expect(names(locate('北京市通报\n朝阳区呼家楼街道实行封控，朝阳区开展全员核酸检测。'))).toEqual(['北京市', '朝阳区']);
  });
  it('names no county when the text spreads over several', () => {
    expect(names(locate('吉林市通告\n船营区、昌邑区、丰满区开展全员核酸检测。'))).toEqual(['吉林市', undefined]);
  });
  it('warns, without --city, when a second prefecture is named about as much', () => {
    expect(secondCityNamed(locate('温州市、衢州市联合通报\n龙湾区、龙游县分别划定中风险地区。温州市、衢州市开展核酸检测。')!)?.en).toMatch(/also names (衢州市|温州市)/);
    expect(secondCityNamed(locate('龙湾区通告\n龙湾区海城街道实行封控，龙湾区开展全员核酸检测。')!)).toBeUndefined();
  });
  it('returns nothing when the text names no place of China', () => {
    expect(locate('今天天气很好，大家都在家休息。')).toBeUndefined();
  });
});

describe('own-area words', () => {
  it('read 全区 as the district the report is about, never as the prefecture', () => {
    const area = locate('龙湾区通告\n龙湾区开展全区全员核酸检测。龙湾区全域为低风险地区。')!;
    expect(ownArea('全区', area)?.name).toBe('龙湾区');
    expect(ownArea('全市', area)?.name).toBe('温州市');
    const s = '1月9日起，开展全区全员核酸检测。';
    expect(ownAreaMentions(s, [], area).map((m) => [m.text, m.pieces[0].text, m.pieces[0].level])).toEqual([['全区', '龙湾区', 'county']]);
  });
  it('read 我市 as a county-level city when the report is about it more than its prefecture', () => {
    const area = locate('江阴市通告\n我市在全市范围内开展全员核酸检测，江阴市人民医院暂停门诊，江阴市周庄镇实行封闭管理。无锡市疾控中心复核。')!;
    expect(names(area)).toEqual(['无锡市', '江阴市']);
    expect(ownArea('我市', area)?.name).toBe('江阴市');
  });
  it('skip a word right after a named county (龙湾区全域 is 龙湾区, already a mention)', () => {
    const area = locate('龙湾区通告\n龙湾区全域为低风险地区。')!;
    const s = '龙湾区全域为低风险地区。';
    const county = { text: '龙湾区', start: 0, end: 3, pieces: [{ text: '龙湾区', level: 'county' as const }] };
    expect(ownAreaMentions(s, [county], area)).toEqual([]);
  });
});

describe('--city', () => {
  it('accepts a prefecture by full or short name, and a county as that county of its prefecture', () => {
    expect(resolveCityArg('温州', index)).toMatchObject({ prefecture: { name: '温州市' } });
    expect(resolveCityArg('阿拉善盟', index)).toMatchObject({ prefecture: { name: '阿拉善盟' } });
    expect(resolveCityArg('北京市', index)).toMatchObject({ prefecture: { name: '北京市' } });
    expect(resolveCityArg('江阴市', index)).toMatchObject({ prefecture: { name: '无锡市' }, county: { name: '江阴市' } });
  });
  it('refuses an unknown name with the closest prefectures, and an ambiguous one with where each is', () => {
    expect(editDistance('温洲市', '温州市')).toBe(1);
    expect(closestPrefectures('温洲市', index)[0]).toBe('温州市 (浙江省)');
    expect(resolveCityArg('温洲市', index)).toEqual({ error: expect.stringMatching(/^unknown --city 温洲市: .*closest prefectures: 温州市 \(浙江省\)/) });
    expect(resolveCityArg('朝阳区', index)).toEqual({ error: expect.stringMatching(/ambiguous: 朝阳区 \(北京市\), 朝阳区 \(吉林省 长春市\)/) });
  });
  it('warns when the text names another prefecture more than the one given', () => {
    const text = '龙湾区通告\n龙湾区海城街道实行封控。';
    const given = resolveCityArg('衢州市', index) as { prefecture: NonNullable<ReturnType<typeof locate>>['prefecture'] };
    expect(otherCityNamedMore(locateReport(text, index, given)!)?.en).toMatch(/names 温州市 .* more than --city 衢州市/);
    expect(otherCityNamedMore(locateReport(text, index, resolveCityArg('温州市', index) as typeof given)!)).toBeUndefined();
  });
});
