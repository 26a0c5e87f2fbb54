/** Village and community names by township, in the forms reports write them, from the shipped villages.json.gz. */
import { beforeAll, describe, expect, it } from 'vitest';
import { reportNamesOf } from '../../src/data/villages';
import { loadAdminDivisions, loadVillages } from '../../scripts/lib/admin-divisions';

const divisions = loadAdminDivisions();
const villages = loadVillages(divisions);

describe('reportNamesOf', () => {
  it('turns committees into the village or community a report names', () => {
    expect(reportNamesOf('杨孔村村民委员会')).toEqual(['杨孔村']);
    expect(reportNamesOf('东关村委会')).toEqual(['东关村']);
    expect(reportNamesOf('红泥井村委')).toEqual(['红泥井村']);
    expect(reportNamesOf('多福巷社区居委会')).toEqual(['多福巷社区']);
    expect(reportNamesOf('东城社区居民委员会')).toEqual(['东城社区']);
    expect(reportNamesOf('新兴居委会')).toEqual(['新兴社区', '新兴居委会']);
    expect(reportNamesOf('团结村委会（新闸沟）')).toEqual(['团结村']);
    expect(reportNamesOf('北京像素北区治理委员会')).toEqual(['北京像素北区治理']);
    expect(reportNamesOf('巴彦塔拉嘎查')).toEqual(['巴彦塔拉嘎查']);
    expect(reportNamesOf('翠林一里社区')).toEqual(['翠林一里社区']);
  });
});

describe('Villages', () => {
  // The first name look-up indexes ≈ 620k villages (a few seconds, once per process).
  beforeAll(() => villages.findVillage('杨孔村'), 60_000);

  it('lists the villages of a township with 12-digit codes', () => {
    const chengguan = divisions.townshipsOf('410523').find(([, name]) => name === '城关镇')![0];
    const list = villages.villagesOf(chengguan);
    expect(list.length).toBeGreaterThan(10);
    for (const v of list) expect(v.code).toMatch(new RegExp(`^${chengguan}\\d{3}$`));
    expect(villages.villagesOf('000000000')).toEqual([]);
  });

  it('finds a village by its report form with its whole admin chain', () => {
    const [first] = villages.findVillage(villages.villagesOf(divisions.townshipsOf('410523')[0][0])[0].reportNames[0], '410523');
    expect(first.county?.name).toBe('汤阴县');
    expect(first.prefecture?.name).toBe('安阳市');
    expect(first.province?.name).toBe('河南省');
    expect(first.township.code).toBe(divisions.townshipsOf('410523')[0][0]);
  });

  it('returns every match, so two villages of one name in a county can be flagged', () => {
    const duplicated = divisions.children('410500').flatMap((county) => {
      const counts = new Map<string, number>();
      for (const [township] of divisions.townshipsOf(county.code)) for (const v of villages.villagesOf(township)) for (const n of v.reportNames) counts.set(n, (counts.get(n) ?? 0) + 1);
      return [...counts].filter(([, n]) => n > 1).map(([name]) => [county.code, name] as const);
    });
    expect(duplicated.length).toBeGreaterThan(0);
    const [countyCode, name] = duplicated[0];
    expect(villages.findVillage(name, countyCode).length).toBeGreaterThan(1);
    expect(villages.findVillage(name).length).toBeGreaterThanOrEqual(villages.findVillage(name, countyCode).length);
  });

  it('reads townships of a prefecture without counties (东莞市)', () => {
    const [township] = divisions.townshipsOf('441900')[0];
    const [village] = villages.villagesOf(township);
    const match = villages.findVillage(village.name, '441900').find((m) => m.code === village.code)!;
    expect(match.prefecture?.name).toBe('东莞市');
    expect(match.county).toBeUndefined();
  });
});
