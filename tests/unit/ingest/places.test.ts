import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/ingest/classify';
import { attachParents, extractPlaces, keepWholeNames, type PlaceContext } from '../../../src/ingest/places';

const ctx: PlaceContext = { counties: new Set(['龙游县', '衢江区', '常山县', '寿县', '凤台县']), prefectures: new Set(['衢州市', '杭州市']), cityNames: new Set(['衢州市', '衢州']) };
const chains = (s: string) => attachParents(extractPlaces(s, ctx), s).map((m) => m.pieces.map((p) => `${p.text}:${p.level}`).join('>'));

describe('place extraction (own sentences, not from the seeds)', () => {
  it('splits the admin chain county > township > village', () => {
    expect(chains('4月3日,将常山县球川镇红旗村划定为中风险地区。')).toEqual(['常山县:county>球川镇:township>红旗村:village']);
  });
  it('keeps enumerated places apart and reads a township whose name has 村 in it', () => {
    expect(chains('将衢江区白马乡三村村、龙游县湖镇镇星火村列为高风险地区')).toEqual([
      '衢江区:county>白马乡:township>三村村:village', '龙游县:county>湖镇镇:township>星火村:village']);
  });
  it('joins a place written after its district with an alias in brackets', () => {
    expect(chains('在衢江区(高新区)樟潭街道碧桂园小区值守')).toEqual(['衢江区:county>樟潭街道:township>碧桂园小区:compound']);
  });
  it('finds facilities and rejects generic words', () => {
    expect(chains('该村村民前往龙游收费站查验点,村庄和社区都在管控。')).toEqual(['龙游收费站查验点:site']);
    expect(chains('全市各乡镇、社区、小区全力以赴。')).toEqual([]);
  });
  it('reads two neighbouring counties as two places', () => {
    expect(chains('寿县凤台县实行区域管控')).toEqual(['寿县:county', '凤台县:county']);
  });
});

describe('classification', () => {
  const cls = (s: string, place: string) => {
    const m = attachParents(extractPlaces(s, ctx), s).find((x) => x.text.endsWith(place))!;
    return classify(s, m.pieces, m.start, m.end);
  };
  it('takes the cue of the place\'s own clause', () => {
    const s = '将常山县红旗村划定为高风险地区,将龙游县星火村划定为中风险地区。';
    expect(cls(s, '红旗村')).toMatchObject({ kind: 'risk-area', status: 'high-risk' });
    expect(cls(s, '星火村')).toMatchObject({ kind: 'risk-area', status: 'medium-risk' });
  });
  it('reads downgrades and liftings before the risk level they mention', () => {
    expect(cls('常山县红旗村降为低风险地区。', '红旗村')).toMatchObject({ status: 'low-risk' });
    expect(cls('常山县红旗村封控区解除。', '红旗村')).toMatchObject({ status: 'lifted' });
    expect(cls('常山县红旗村划为封控区。', '红旗村')).toMatchObject({ status: 'sealed' });
    expect(cls('常山县红旗村因出现密接人员实行管控。', '红旗村')).toMatchObject({ status: 'controlled' });
  });
  it('makes a county under regional control a county-control and a checkpoint a checkpoint', () => {
    expect(cls('龙游县实行区域管控。', '龙游县')).toMatchObject({ kind: 'county-control', status: 'regional-control' });
    expect(cls('龙游收费站设立查验点。', '龙游收费站')).toMatchObject({ kind: 'checkpoint', status: 'opened' });
  });
  it('gives a county mentioned in passing no event', () => {
    expect(cls('干部下沉龙游县开展工作。', '龙游县')).toBeUndefined();
  });
});

describe('known names are kept whole', () => {
  const s = '1月26日,下垟村降为低风险地区。';
  it('reads 下垟村, not 垟村, when 下垟村 is a known village', () => {
    const found = attachParents(extractPlaces(s, ctx), s);
    expect(found.map((m) => m.text)).toEqual(['垟村']);
    const whole = keepWholeNames(found, s, (name) => name === '下垟村');
    expect(whole.map((m) => [m.text, m.start, m.pieces[0].text])).toEqual([['下垟村', 6, '下垟村']]);
  });
  it('never extends over the mention before it', () => {
    const t = '海城街道垟村';
    const found = [{ text: '海城街道', start: 0, end: 4, pieces: [{ text: '海城街道', level: 'township' as const }] }, { text: '垟村', start: 4, end: 6, pieces: [{ text: '垟村', level: 'village' as const }] }];
    expect(keepWholeNames(found, t, () => true)).toEqual(found);
  });
});

describe('names the national lists know', () => {
  const national: PlaceContext = {
    counties: new Set(['西乡塘区', '良庆区', '昌邑区']), prefectures: new Set(['南宁市', '吉林市']), cityNames: new Set(['南宁市', '南宁']),
    townships: new Set(['北湖街道', '大塘镇', '达来呼布镇', '东局子街道']),
  };
  const chainsOf = (s: string) => attachParents(extractPlaces(s, national), s).map((m) => m.pieces.map((p) => `${p.text}:${p.level}`).join('>'));
  it('are never cut where jieba cuts them (西乡/塘区, 达来/呼布镇)', () => {
    expect(chainsOf('2月19日,西乡塘区所有中高风险地区全部清零。')).toEqual(['西乡塘区:county']);
    expect(chainsOf('将达来呼布镇怡和社区划定为中风险地区')).toEqual(['达来呼布镇:township>怡和社区:village']);
  });
  it('keep a house number after a road in a compound name', () => {
    expect(chainsOf('将西乡塘区北湖街道北湖北路15号小区划定为高风险地区')).toEqual(['西乡塘区:county>北湖街道:township>北湖北路15号小区:compound']);
  });
  it('take the word right after a township as a village name, whatever jieba tags it', () => {
    expect(chainsOf('昌邑区东局子街道奋斗社区划定为高风险地区')).toEqual(['昌邑区:county>东局子街道:township>奋斗社区:village']);
    expect(chainsOf('干部们在社区奋斗。')).toEqual([]);
  });
});

describe('numerals in names', () => {
  it('keep a name that starts with a Chinese numeral (七里村小区), not a count (两个小区)', () => {
    expect(chains('常山县锦城社区七里村小区实行封控。')).toEqual(['常山县:county>锦城社区:village>七里村小区:compound']);
    expect(chains('发现一名阳性,两个小区封控。')).toEqual([]);
  });
});

describe('addresses and venues', () => {
  it('read a road and number as a place, not a notice number', () => {
    expect(chains('4月3日,将常山县簇锦北路88号划定为中风险地区。')).toEqual(['常山县:county>簇锦北路88号:compound']);
    expect(chains('发布第12号通告。')).toEqual([]);
  });
  it('read a scenic area or a market closed as a place with that measure', () => {
    expect(chains('4月3日,根宫佛国景区、常山农贸市场暂停开放。')).toEqual(['根宫佛国景区:site', '常山农贸市场:site']);
  });
});

describe('village committees', () => {
  it('read 红旗村委会 as the village', () => {
    expect(chains('常山县球川镇红旗村委会实行封控。')).toEqual(['常山县:county>球川镇:township>红旗村委会:village']);
  });
});
