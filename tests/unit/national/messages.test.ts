import { describe, expect, it } from 'vitest';
import { tn, totalsText } from '../../../src/ui/national/messages';

describe('national totals text', () => {
  it('names both levels with their counts in each language', () => {
    expect(totalsText({ high: 15, medium: 202 }, 'zh')).toBe('高风险 15 · 中风险 202');
    expect(totalsText({ high: 15, medium: 202 }, 'en')).toBe('high 15 · medium 202');
  });
  it('says "no data" for a day without lists, never 0', () => {
    expect(totalsText({ high: null, medium: null }, 'zh')).toBe('无数据');
    expect(totalsText({ high: null, medium: null }, 'en')).toBe('no data');
    expect(totalsText({ high: 37_818, medium: null }, 'en')).toBe('high 37,818 · medium no data');
  });
  it('keeps a genuine zero (an empty list is a list)', () => {
    expect(totalsText({ high: 0, medium: 3 }, 'en')).toBe('high 0 · medium 3');
  });
  it('fills values into messages', () => {
    expect(tn('en', 'tripDays', { n: 4 })).toBe('4 days');
  });
});
