/**
 * Reading admin chains from addresses with the shipped national list. Most fixtures are real addresses of the
 * official risk-area record (../shared/official-risk-areas, `full_address`), copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { AdminDivisions } from '../../src/data/admin-divisions';
import { shortNamesOf } from '../../src/data/admin-names';
import { loadAdminDivisions } from '../../scripts/lib/admin-divisions';

const divisions = loadAdminDivisions();

function chainOf(address: string): [string?, string?, string?, string?, string?] {
  const chain = divisions.parseChain(address);
  return [chain.province?.name, chain.prefecture?.name, chain.county?.name, chain.township?.name, chain.rest];
}

describe('AdminDivisions.parseChain', () => {
  it('reads province, prefecture, county and township of a full address', () => {
    expect(chainOf('河南省安阳市汤阴县城关镇杨孔村')).toEqual(['河南省', '安阳市', '汤阴县', '城关镇', '杨孔村']);
    const chain = divisions.parseChain('河南省安阳市汤阴县城关镇杨孔村');
    expect([chain.province?.code, chain.prefecture?.code, chain.county?.code]).toEqual(['410000', '410500', '410523']);
    expect(chain.township?.code).toMatch(/^410523\d{3}$/);
  });

  it('makes a municipality its own prefecture, with or without the list fillers 市辖区 / a repeated name', () => {
    expect(chainOf('北京市朝阳区呼家楼街道关东店5号楼')).toEqual(['北京市', '北京市', '朝阳区', '呼家楼街道', '关东店5号楼']);
    expect(chainOf('北京市市辖区朝阳区汉庭酒店大山子店(包括底商)')).toEqual(['北京市', '北京市', '朝阳区', undefined, '汉庭酒店大山子店(包括底商)']);
    expect(chainOf('上海市上海市浦东新区三林镇同济村果园队')).toEqual(['上海市', '上海市', '浦东新区', '三林镇', '同济村果园队']);
    expect(chainOf('重庆市重庆市云阳县双龙镇三堂村4组')).toEqual(['重庆市', '重庆市', '云阳县', '双龙镇', '三堂村4组']);
    expect(divisions.byCode('500235')?.parent).toBe('500000');
  });

  it('reads autonomous regions and leagues (盟)', () => {
    expect(chainOf('新疆维吾尔自治区乌鲁木齐市天山区和平路街道三山社区体育馆路458号幸福屯小区'))
      .toEqual(['新疆维吾尔自治区', '乌鲁木齐市', '天山区', '和平路街道', '三山社区体育馆路458号幸福屯小区']);
    // The list names 东泉路街道 and 二道桥片区: a township spelled otherwise is left in the rest, not guessed.
    expect(chainOf('新疆维吾尔自治区乌鲁木齐市天山区 二道桥街道固原巷社区金银路613号独楼'))
      .toEqual(['新疆维吾尔自治区', '乌鲁木齐市', '天山区', undefined, '二道桥街道固原巷社区金银路613号独楼']);
    expect(chainOf('内蒙古自治区锡林郭勒盟二连浩特市乌兰小区3号楼1单元301室'))
      .toEqual(['内蒙古自治区', '锡林郭勒盟', '二连浩特市', undefined, '乌兰小区3号楼1单元301室']);
  });

  it('reads townships straight under a prefecture without counties (东莞, 儋州)', () => {
    expect(chainOf('广东省东莞市大朗镇蔡边村沙井街76-80号')).toEqual(['广东省', '东莞市', undefined, '大朗镇', '蔡边村沙井街76-80号']);
    expect(chainOf('广东省东莞市长安镇')).toEqual(['广东省', '东莞市', undefined, '长安镇', '']);
    expect(chainOf('海南省儋州市市辖区白马井镇福村新冠病毒感染者08006家')).toEqual(['海南省', '儋州市', undefined, '白马井镇', '福村新冠病毒感染者08006家']);
    expect(divisions.townshipsOf('441900').length).toBeGreaterThan(20);
  });

  it('gives a county directly under its province no prefecture (济源, 潜江, 万宁, the corps cities)', () => {
    expect(chainOf('湖北省省直辖县级行政单位潜江市周矶街道富迪超市')).toEqual(['湖北省', undefined, '潜江市', '周矶街道', '富迪超市']);
    expect(chainOf('海南省省直辖县级行政单位万宁市万城镇联山村委会')).toEqual(['海南省', undefined, '万宁市', '万城镇', '联山村委会']);
    expect(chainOf('新疆生产建设兵团新疆生产建设兵团新疆生产建设兵团第八师石河子市向阳街道1小区三发商店'))
      .toEqual(['新疆维吾尔自治区', undefined, '石河子市', '向阳街道', '1小区三发商店']);
    expect(divisions.byCode('419001')).toMatchObject({ name: '济源市', level: 'county', parent: '410000' });
  });

  it('fills the prefecture of a county named right after its province (河北省容城县, 雄安新区)', () => {
    expect(chainOf('河北省容城县容城县南张镇东野桥村')).toEqual(['河北省', '保定市', '容城县', '南张镇', '东野桥村']);
  });

  it('leaves the county undefined when the text names none, and keeps the rest after the prefecture', () => {
    expect(chainOf('河南省郑州市航空港区三官庙办事处4-1空港幸福新城')).toEqual(['河南省', '郑州市', undefined, undefined, '航空港区三官庙办事处4-1空港幸福新城']);
    expect(chainOf('河南省安阳市育才中学')).toEqual(['河南省', '安阳市', undefined, undefined, '育才中学']);
  });

  it('accepts short names only when unique in the parent and followed by a name one level down', () => {
    expect(chainOf('安阳市汤阴城关镇')).toEqual(['河南省', '安阳市', '汤阴县', '城关镇', '']);
    expect(chainOf('河南安阳汤阴县古贤镇大朱庄村')).toEqual(['河南省', '安阳市', '汤阴县', '古贤镇', '大朱庄村']);
    // "海淀路" is a road, not 海淀区: a short name must be followed by one of its townships.
    expect(chainOf('北京市海淀路1号')).toEqual(['北京市', '北京市', undefined, undefined, '海淀路1号']);
  });

  it('resolves a county name shared by two prefectures by the prefecture in the address', () => {
    expect(divisions.find('朝阳区').map((d) => d.code).sort()).toEqual(['110105', '220104']);
    expect(divisions.parseChain('吉林省长春市朝阳区世纪街道智诚学校').county?.code).toBe('220104');
    expect(divisions.parseChain('北京市朝阳区呼家楼街道东大桥甲16号楼').county?.code).toBe('110105');
    expect(divisions.parseChain('福建省福州市鼓楼区五凤街道大自然创意园5、6号楼').county?.code).toBe('350102');
    expect(divisions.parseChain('江苏省南京市鼓楼区下关街道多伦路71号').county?.code).toBe('320106');
    // Without a prefecture, a name that is not unique in China is not guessed.
    expect(divisions.parseChain('朝阳区呼家楼街道').county).toBeUndefined();
  });

  it('reads a former county name as the current county (株洲县 → 渌口区)', () => {
    expect(divisions.byCode('430212')?.formerNames).toEqual(['株洲县']);
    expect(chainOf('湖南省株洲市株洲县渌口镇')).toEqual(['湖南省', '株洲市', '渌口区', '渌口镇', '']);
  });

  it('implies the single county of 嘉峪关市, which bears the prefecture name', () => {
    expect(chainOf('甘肃省嘉峪关市市辖区兰新西路28号大院')).toEqual(['甘肃省', '嘉峪关市', '嘉峪关市', undefined, '兰新西路28号大院']);
  });
});

describe('AdminDivisions look-ups', () => {
  it('finds prefectures and counties by full, short or former name', () => {
    expect(divisions.find('安阳').map((d) => d.code)).toEqual(['410500', '410522']);
    expect(divisions.find('安阳', 'prefecture').map((d) => d.code)).toEqual(['410500']);
    expect(divisions.find('安阳县').map((d) => d.code)).toEqual(['410522']);
    expect(divisions.find('延边州', 'prefecture').map((d) => d.name)).toEqual(['延边朝鲜族自治州']);
    expect(divisions.find('株洲县').map((d) => d.name)).toEqual(['渌口区']);
    expect(divisions.find('河南', 'province').map((d) => d.code)).toEqual(['410000']);
  });

  it('lists children in code order', () => {
    expect(divisions.children('410500').map((d) => d.name).slice(0, 3)).toEqual(['文峰区', '北关区', '殷都区']);
    expect(divisions.children('110000').every((d) => d.level === 'county')).toBe(true);
  });

  it('works from records passed in, without townships', () => {
    const small = new AdminDivisions([
      { code: '410000', name: '河南省', level: 'province', parent: null },
      { code: '410500', name: '安阳市', level: 'prefecture', parent: '410000' },
      { code: '410523', name: '汤阴县', level: 'county', parent: '410500' },
    ]);
    expect(small.parseChain('河南省安阳市汤阴县城关镇杨孔村').rest).toBe('城关镇杨孔村');
  });
});

describe('short names', () => {
  it('strip the level and ethnic parts, never below two characters', () => {
    expect(shortNamesOf('内蒙古自治区', 'province')).toEqual(['内蒙古']);
    expect(shortNamesOf('新疆维吾尔自治区', 'province')).toEqual(['新疆']);
    expect(shortNamesOf('延边朝鲜族自治州', 'prefecture')).toEqual(['延边', '延边州']);
    expect(shortNamesOf('孟村回族自治县', 'county')).toEqual(['孟村']);
    expect(shortNamesOf('长阳土家族自治县', 'county')).toEqual(['长阳']);
    expect(shortNamesOf('单县', 'county')).toEqual([]);
    expect(shortNamesOf('东乡族自治县', 'county')).toEqual([]);
  });
});
