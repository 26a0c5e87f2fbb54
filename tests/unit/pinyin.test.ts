import { describe, expect, it } from 'vitest';
import { toPinyinKey, toPinyinName } from '../../src/data/pinyin';

describe('pinyin names', () => {
  it('splits the administrative suffix so English readers see the proper name', () => {
    expect(toPinyinName('城关镇')).toBe('Chengguan Zhen');
    expect(toPinyinName('汤阴县')).toBe('Tangyin Xian');
    expect(toPinyinName('东城欣苑小区')).toBe('Dongchengxinyuan Xiaoqu');
  });
  it('gives a lower-case search key without spaces', () => {
    expect(toPinyinKey('大朱庄村')).toBe('dazhuzhuangcun');
  });
});
