import { describe, expect, it } from 'vitest';
import { resolveSentenceDates, type DateContext } from '../../../src/ingest/dates';
import { isListItem, listContexts } from '../../../src/ingest/lists';
import { splitSentences } from '../../../src/ingest/sentences';

const text = [
  '自2022年6月28日18时起，将以下区域划定为高风险区：',
  '1.常山县天马街道东方社区；',
  '2.常山县金川街道红旗小区。',
  '将以下区域划定为中风险区：',
  '（1）常山县芳村镇新桥村。',
  '6月29日，常山县开展全员核酸检测。',
  '3.这一行不是列表项。',
].join('\n');

describe('lists under a header line', () => {
  const sentences = splitSentences(text);
  let ctx: DateContext = { year: 2022 };
  const dates = sentences.map((s) => { const r = resolveSentenceDates(s.text, ctx); ctx = r.context; return r.mentions; });
  const lists = listContexts(sentences, (i) => dates[i]);
  it('give each item its header\'s date and measure, and a dateless header the date of the list before it', () => {
    expect(lists.map((l) => l && `${l.date?.date} ${l.date?.time} ${l.cue?.status}`)).toEqual([
      undefined, '2022-06-28 18:00 high-risk', '2022-06-28 18:00 high-risk', undefined, '2022-06-28 18:00 medium-risk', undefined, undefined,
    ]);
  });
  it('recognise enumerators, not dates', () => {
    expect(['1.东方社区', '2、红旗小区', '（3）新桥村', '十、新桥村'].every(isListItem)).toBe(true);
    expect(isListItem('6月29日，开展检测')).toBe(false);
  });
});
