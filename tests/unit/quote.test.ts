import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../src/data/quote';

describe('locating a quote in the report', () => {
  it('finds a passage that the report wraps over two lines', () => {
    const text = '1月10日,将汤阴县育才中学、古贤镇\n大朱庄村划定为高风险地区。';
    const range = locateQuote(text, '古贤镇大朱庄村划定为高风险地区');
    expect(range).not.toBeNull();
    expect(text.slice(range!.start, range!.end)).toBe('古贤镇\n大朱庄村划定为高风险地区');
  });
  it('returns null for a quote that is not in the text', () => {
    expect(locateQuote('安阳市全域降为低风险地区', '安阳市全域封控')).toBeNull();
  });
});
