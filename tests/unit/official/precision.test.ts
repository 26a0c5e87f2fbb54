import { describe, expect, it } from 'vitest';
import { readChain } from '../../../src/official/chain';
import { normaliseAddress } from '../../../src/official/normalise';
import { assignPrecision, CENTRE_TOLERANCE_M, CentreIndex, metresBetween, outliers, SEAT_RADIUS_M, shareName, sharedLevel } from '../../../src/official/precision';
import { DIVISIONS, divisions } from './fixture-divisions';

const chainOf = (address: string) => readChain(normaliseAddress(address).key, divisions);
const precisionOf = (entries: Array<[string, [number, number] | undefined]>) =>
  assignPrecision(entries.map(([address, gcj02]) => ({ chain: chainOf(address), gcj02 })), DIVISIONS);

describe('rule (a): a point on the AMap centre of a county or prefecture is a fallback', () => {
  it('汤阴县育才中学 sits on 汤阴县’s centre → county, rule county-centre', () => {
    expect(precisionOf([['河南省安阳市汤阴县育才中学', [114.357763, 35.924515]]])[0]).toEqual({ precision: 'county', rule: 'county-centre', flags: [] });
  });
  it(`takes points within ${CENTRE_TOLERANCE_M} m, not beyond`, () => {
    const centre: [number, number] = [114.357763, 35.924514];
    const near: [number, number] = [centre[0] + 0.0003, centre[1]]; // ≈ 27 m east
    const far: [number, number] = [centre[0] + 0.0004, centre[1]]; // ≈ 36 m east
    expect(metresBetween(centre, near)).toBeLessThan(30);
    expect(metresBetween(centre, far)).toBeGreaterThan(30);
    expect(new CentreIndex(DIVISIONS).near(near).map((d) => d.name)).toEqual(['汤阴县']);
    expect(precisionOf([['河南省安阳市汤阴县育才中学', far]])[0].precision).toBe('neighbourhood');
  });
  it('a prefecture centre → city; the centre of another county is flagged', () => {
    expect(precisionOf([['河南省安阳市文峰区和园小区', [114.352482, 36.103442]]])[0]).toEqual({ precision: 'city', rule: 'prefecture-centre', flags: [] });
    expect(precisionOf([['河南省安阳市内黄县某小区', [114.357763, 35.924515]]])[0]).toEqual({ precision: 'county', rule: 'county-centre', flags: ['centre-of-other-division'] });
  });
  it(`a point shared by different places within ${SEAT_RADIUS_M} m of its county's centre is the county seat's fallback → county`, () => {
    const centre: [number, number] = [114.357763, 35.924514]; // 汤阴县
    const at = (metresEast: number): [number, number] => [centre[0] + metresEast / (111_320 * Math.cos((centre[1] * Math.PI) / 180)), centre[1]];
    const villages = (point: [number, number]) => precisionOf([['河南省安阳市汤阴县城关镇东关村', point], ['河南省安阳市汤阴县城关镇西关村', point]]);
    expect(villages(at(54)).map((r) => [r.precision, r.rule])).toEqual([['county', 'county-centre'], ['county', 'county-centre']]);
    expect(villages(at(178)).map((r) => r.precision)).toEqual(['county', 'county']);
    // Farther out, the shared point stays what rule (b) says; near the centre, one place alone keeps its level.
    expect(villages(at(SEAT_RADIUS_M + 20)).map((r) => [r.precision, r.rule])).toEqual([['township', 'shared-point'], ['township', 'shared-point']]);
    expect(precisionOf([['河南省安阳市汤阴县城关镇东关村', at(54)]])[0]).toEqual({ precision: 'village', rule: 'address-level', flags: [] });
    // Buildings of one compound at one point near the centre are one place, not a fallback.
    expect(precisionOf([['河南省安阳市汤阴县锦绣香江小区1号楼', at(54)], ['河南省安阳市汤阴县锦绣香江小区2号楼', at(54)]]).map((r) => r.precision)).toEqual(['neighbourhood', 'neighbourhood']);
  });
  it('an address that names only the county keeps address-level at its centre (not a fallback)', () => {
    expect(precisionOf([['河南省安阳市文峰区', [114.357082, 36.090468]]])[0]).toEqual({ precision: 'county', rule: 'address-level', flags: [] });
  });
});

describe('rule (b): a point shared by different places is a fallback to the level they share', () => {
  const louzhuang: [number, number] = [115.25975, 34.857536];
  it('villages of one township at one point → township (楼庄镇)', () => {
    const result = precisionOf([
      ['山东省菏泽市曹县楼庄镇楼庄村', louzhuang], ['山东省菏泽市曹县楼庄镇西湖集村', louzhuang], ['山东省菏泽市曹县楼庄镇万隆小区', louzhuang],
      ['山东省菏泽市曹县楼庄镇忠义寨村', [115.255941, 34.865448]],
    ]);
    expect(result.map((r) => [r.precision, r.rule])).toEqual([['township', 'shared-point'], ['township', 'shared-point'], ['township', 'shared-point'], ['village', 'address-level']]);
  });
  it('two townships of one county at one point → county', () => {
    expect(sharedLevel([chainOf('山东省菏泽市曹县楼庄镇楼庄村'), chainOf('山东省菏泽市曹县庄寨镇前韩村')]).level).toBe('county');
  });
  it('different sites in one township with no common name → township; buildings of one compound → no fallback', () => {
    expect(sharedLevel([chainOf('北京市朝阳区双井街道瑞志酒店'), chainOf('北京市朝阳区双井街道原拓酒店')]).level).toBe('township');
    expect(sharedLevel([chainOf('北京市朝阳区双井街道苹果小区2号楼A座'), chainOf('北京市朝阳区双井街道苹果小区4号楼')]).level).toBeUndefined();
  });
  it('parts of one village → village', () => {
    expect(sharedLevel([chainOf('河南省安阳市汤阴县古贤镇大朱庄村3组'), chainOf('河南省安阳市汤阴县古贤镇大朱庄村5组')]).level).toBe('village');
  });
  it('a unit one address leaves out is unknown, not different', () => {
    expect(sharedLevel([chainOf('河南省安阳市汤阴县古贤镇大朱庄村'), chainOf('河南省安阳市汤阴县大朱庄村')]).level).toBe('village');
  });
  it('the same place under two county labels is one place, flagged (翰林府 in 石峰区 and 荷塘区)', () => {
    const point: [number, number] = [113.142287, 27.907211];
    const result = precisionOf([['湖南省株洲市石峰区翰林府1期和3期', point], ['湖南省株洲市荷塘区翰林府1期和3期', point]]);
    expect(result).toEqual([
      { precision: 'neighbourhood', rule: 'address-level', flags: ['county-labels-differ'] },
      { precision: 'neighbourhood', rule: 'address-level', flags: ['county-labels-differ'] },
    ]);
  });
  it('different places in two counties → city; in two prefectures → city and flagged', () => {
    expect(sharedLevel([chainOf('湖南省株洲市石峰区学林街道学府港湾小区'), chainOf('湖南省株洲市荷塘区大丰安置房')]).level).toBe('city');
    expect(sharedLevel([chainOf('湖南省株洲市石峰区翰林府'), chainOf('河南省安阳市文峰区和园小区')])).toEqual({ level: 'city', acrossPrefectures: true, countyLabelsDiffer: false });
  });
});

describe('rule (b) in Beijing: townships written "X（地区）镇/乡"', () => {
  it('compounds of one township at one point share the township, not the name in its bracketed form', () => {
    const point: [number, number] = [116.52, 39.98];
    const result = precisionOf([['北京市朝阳区将台（地区）乡丽都花园', point], ['北京市朝阳区将台（地区）乡芳园里', point], ['北京市朝阳区将台（地区）乡万红西街', point]]);
    expect(result.map((r) => [r.precision, r.rule])).toEqual([['township', 'shared-point'], ['township', 'shared-point'], ['township', 'shared-point']]);
  });
});

describe('a common name: what ties buildings of one compound together', () => {
  it('is never boilerplate (自建房, 高风险区, 自治区…): different places at one point stay different', () => {
    expect(shareName(['自建房区域', '自建房'])).toBe(false);
    expect(shareName(['除高风险区外其他区域', '除高风险区外的区域'])).toBe(false);
    expect(shareName(['自治区水利厅家属院', '自治区税务周转房'])).toBe(false);
    expect(shareName(['锦绣香江小区自建房', '锦绣香江小区'])).toBe(true);
    const point: [number, number] = [116.45, 39.9];
    const result = precisionOf([['北京市朝阳区建外街道永安里社区自建房区域', point], ['北京市朝阳区双井街道九龙社区自建房', point]]);
    expect(result.map((r) => [r.precision, r.rule])).toEqual([['county', 'shared-point'], ['county', 'shared-point']]);
  });
  it('needs two characters that are not digits or generic words', () => {
    expect(shareName(['锦绣香江小区', '云龙示范区锦绣香江小区'])).toBe(true);
    expect(shareName(['地产小区3号楼', '地产小区2号楼'])).toBe(true);
    expect(shareName(['体委小区3号楼', '众环小区33号楼'])).toBe(false);
    expect(shareName(['瑞志酒店', '原拓酒店'])).toBe(false);
    expect(shareName(['', '锦绣香江小区'])).toBe(false);
  });
  it('a zone written before the compound does not make two places (云龙示范区)', () => {
    const point: [number, number] = [113.158709, 27.870099];
    const result = precisionOf([['湖南省株洲市石峰区云龙示范区学林街道锦绣香江小区', point], ['湖南省株洲市石峰区云龙示范区锦绣香江小区', point]]);
    expect(result.map((r) => [r.precision, r.rule])).toEqual([['neighbourhood', 'address-level'], ['neighbourhood', 'address-level']]);
  });
});

describe('rule (d): a village point far from the rest of its township is a namesake', () => {
  it('finds points beyond 10 km and 4 × the median distance', () => {
    const villages: Array<[number, number]> = [[115.25, 34.87], [115.26, 34.86], [115.28, 34.88], [115.3, 34.89], [115.757, 34.759]];
    expect([...outliers(villages)]).toEqual([4]);
    expect(outliers(villages.slice(0, 4)).size).toBe(0);
  });
  it('caps such a village at county (楼庄镇赵庄村, 50 km from the other villages)', () => {
    const result = precisionOf([
      ['山东省菏泽市曹县楼庄镇忠义寨村', [115.255941, 34.865448]], ['山东省菏泽市曹县楼庄镇王楼村', [115.251378, 34.871052]],
      ['山东省菏泽市曹县楼庄镇吕寨村', [115.271238, 34.868757]], ['山东省菏泽市曹县楼庄镇赵庄村', [115.762703, 34.757919]],
    ]);
    expect(result.map((r) => [r.precision, r.rule])).toEqual([['village', 'address-level'], ['village', 'address-level'], ['village', 'address-level'], ['county', 'township-outlier']]);
  });
});

describe('rule (c): the level the address names, never finer than the caps', () => {
  it('a village, a compound, a township', () => {
    const result = precisionOf([
      ['河南省安阳市汤阴县古贤镇大朱庄村', [114.463025, 35.928704]],
      ['河南省安阳市文峰区和园小区一期4号楼1单元', [114.388273, 36.057327]],
      ['山东省菏泽市曹县楼庄镇除高风险区外的其他区域', [115.3, 34.9]],
    ]);
    expect(result.map((r) => [r.precision, r.rule])).toEqual([['village', 'address-level'], ['neighbourhood', 'address-level'], ['township', 'address-level']]);
  });
  it('an address with no point anywhere takes its admin chain: county (or city), flagged no-point', () => {
    expect(precisionOf([['北京市朝阳区双井街道瑞志酒店', undefined]])[0]).toEqual({ precision: 'county', rule: 'admin-chain', flags: ['no-point'] });
  });
});
