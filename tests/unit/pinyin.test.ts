import { describe, expect, it } from 'vitest';
import { toPinyinKey, toPinyinName } from '../../src/data/pinyin';

describe('pinyin names', () => {
  it('splits the administrative suffix so English readers see the proper name', () => {
    expect(toPinyinName('城关镇')).toBe('Chengguan Zhen');
    expect(toPinyinName('汤阴县')).toBe('Tangyin Xian');
    // An apostrophe before a, o or e inside a word: 西安 is Xi'an, not Xian (先).
    expect(toPinyinName('西安市')).toBe("Xi'an Shi");
    expect(toPinyinName('延安市')).toBe("Yan'an Shi");
    expect(toPinyinName('安阳市')).toBe('Anyang Shi');
    // Toneless pinyin writes 陕西 and 山西 alike: the standard spelling tells them apart.
    expect(toPinyinName('陕西省')).toBe('Shaanxi Sheng');
    expect(toPinyinName('山西省')).toBe('Shanxi Sheng');
    expect(toPinyinName('东城欣苑小区')).toBe('Dongchengxinyuan Xiaoqu');
  });
  it('gives a lower-case search key without spaces', () => {
    expect(toPinyinKey('大朱庄村')).toBe('dazhuzhuangcun');
  });
});
