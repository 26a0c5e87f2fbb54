import { describe, expect, it } from 'vitest';
import { groupSpellings } from '../../../src/official/areas';
import { normaliseAddress } from '../../../src/official/normalise';

const key = (address: string) => normaliseAddress(address).key;

describe('address normalisation: each rule merges only what it names', () => {
  it('whitespace: ASCII and ideographic spaces are dropped', () => {
    expect(key('黑龙江省黑河市爱辉区人保财险社区水岸华府小区 10A 楼')).toBe(key('黑龙江省黑河市爱辉区人保财险社区水岸华府小区10A楼'));
    expect(key('黑龙江省佳木斯市向阳区\u3000\u3000鹤电小区4号楼')).toBe('黑龙江省佳木斯市向阳区鹤电小区4号楼');
  });
  it('full-width: digits, letters, brackets and dashes take their ASCII forms', () => {
    expect(key('山西省大同市云冈区恒安新区G区７号楼')).toBe('山西省大同市云冈区恒安新区G区7号楼');
    expect(key('辽宁省沈阳市和平区长江南街197—1号楼')).toBe(key('辽宁省沈阳市和平区长江南街197-1号楼'));
    expect(key('北京市朝阳区汉庭酒店大山子店（包括底商）')).toBe(key('北京市朝阳区汉庭酒店大山子店(包括底商)'));
  });
  it('new-marker: "（新增）" is dropped wherever the list puts it', () => {
    expect(key('湖南省株洲市石峰区翰林府1期和3期（新增）')).toBe('湖南省株洲市石峰区翰林府1期和3期');
  });
  it('street-office: 街道办事处 equals 街道, but a bare 办事处 is kept', () => {
    expect(key('河北省邢台市南宫市凤岗街道办事处十里铺居委会')).toBe('河北省邢台市南宫市凤岗街道十里铺居委会');
    expect(key('河南省郑州市航空港区明港办事处')).toBe('河南省郑州市航空港区明港办事处');
  });
  it('municipality-placeholder: 市辖区, 县 or the repeated name after 北京/天津/上海/重庆 is dropped', () => {
    expect(key('北京市市辖区房山区阎村镇乐活家园社区')).toBe('北京市房山区阎村镇乐活家园社区');
    expect(key('重庆市重庆市万州区铁峰乡吉安村')).toBe('重庆市万州区铁峰乡吉安村');
    expect(key('重庆市县石柱土家族自治县南宾街道')).toBe('重庆市石柱土家族自治县南宾街道');
    // Only right after the municipality: a 市辖区 elsewhere is text.
    expect(key('河北省石家庄市市辖区')).toBe('河北省石家庄市市辖区');
  });
  it('directly-administered: the placeholder prefecture of a directly administered county is dropped', () => {
    expect(key('海南省省直辖县级行政单位东方市八所镇八所村9队')).toBe('海南省东方市八所镇八所村9队');
  });
  it('keeps apart what no rule names: similar is not equal', () => {
    expect(key('湖南省株洲市石峰区翰林府1期和3期')).not.toBe(key('湖南省株洲市荷塘区翰林府1期和3期'));
    expect(key('河南省安阳市汤阴县古贤镇大朱庄村')).not.toBe(key('河南省安阳市汤阴县古贤镇朱庄村'));
    expect(key('广东省深圳市南山区粤海街道铜鼓社区')).not.toBe(key('广东省深圳市南山区粤海街铜鼓社区'));
  });
  it('reports the rules it applied', () => {
    expect(normaliseAddress('北京市市辖区朝阳区 X（新增）').applied).toEqual(['whitespace', 'full-width', 'new-marker', 'municipality-placeholder']);
  });
});

describe('spellings → areas', () => {
  const { areas, areaOfAddress, report } = groupSpellings([
    { address: '湖南省株洲市石峰区翰林府1期和3期', entries: 8, gcj02: [113.142287, 27.907211] },
    { address: '湖南省株洲市石峰区翰林府1期和3期（新增）', entries: 1, gcj02: [113.142287, 27.907211] },
    { address: '重庆市重庆市合川区钓鱼城街道苏家街社区青竹湾39号', entries: 2, gcj02: [106.268402, 29.993193] },
    { address: '重庆市重庆市合川区钓鱼城街道苏家街社区青竹湾 39 号', entries: 2, gcj02: [106.268825, 29.993689] },
    { address: '北京市朝阳区双井街道瑞志酒店', entries: 7 },
  ]);
  it('merges spellings with one key, keeps the most frequent spelling and lists the others', () => {
    expect(areas).toHaveLength(3);
    const hanlin = areas[areaOfAddress.get('湖南省株洲市石峰区翰林府1期和3期（新增）') as number];
    expect(hanlin.address).toBe('湖南省株洲市石峰区翰林府1期和3期');
    expect(hanlin.variants).toEqual(['湖南省株洲市石峰区翰林府1期和3期（新增）']);
    expect(hanlin.pointsDiffer).toBe(false);
  });
  it('breaks a tie by code point order and notes when the merged spellings carry different points', () => {
    const qingzhu = areas[areaOfAddress.get('重庆市重庆市合川区钓鱼城街道苏家街社区青竹湾39号') as number];
    expect(qingzhu.address).toBe('重庆市重庆市合川区钓鱼城街道苏家街社区青竹湾 39 号');
    expect(qingzhu.gcj02).toEqual([106.268825, 29.993689]);
    expect(qingzhu.pointsDiffer).toBe(true);
  });
  it('leaves an address without any point without one', () => {
    expect(areas[areaOfAddress.get('北京市朝阳区双井街道瑞志酒店') as number].gcj02).toBeUndefined();
  });
  it('reports merges per rule with examples', () => {
    expect(report.spellings).toBe(5);
    expect(report.areasByRule).toEqual({ 'new-marker': 1, 'full-width': 1, whitespace: 1, 'municipality-placeholder': 1 });
    expect(report.examples.whitespace[0]).toContain('重庆市重庆市合川区钓鱼城街道苏家街社区青竹湾 39 号');
  });
});
