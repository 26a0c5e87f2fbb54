import { describe, expect, it } from 'vitest';
import { clockTime, type DateContext, resolveSentenceDates, resolveYear, sexagenaryYear, yearFromWeekdays } from '../../../src/ingest/dates';

const at = (sentence: string, ctx: DateContext = { year: 2022 }) => resolveSentenceDates(sentence, ctx);

describe('date resolution', () => {
  it('reads M月D日 and carries it as context', () => {
    const r = at('5月3日,某县发布通告。');
    expect(r.mentions.map((m) => m.date)).toEqual(['2022-05-03']);
    expect(r.context).toEqual({ year: 2022, month: 5, day: 3 });
  });
  it('reads a bare D日 against the last stated date, rolling over the month', () => {
    expect(at('6日,通告发布。', { year: 2022, month: 5, day: 3 }).mentions[0].date).toBe('2022-05-06');
    expect(at('2日,全面解封。', { year: 2022, month: 1, day: 30 }).mentions[0].date).toBe('2022-02-02');
    expect(at('连续7日无新增。', { year: 2022, month: 1, day: 30 }).mentions).toEqual([]);
  });
  it('resolves 当天, 次日 and 同日 relative to the context', () => {
    const ctx = { year: 2021, month: 12, day: 31 };
    expect(at('次日,解除封控。', ctx).mentions[0].date).toBe('2022-01-01');
    expect(at('当天,启动应急响应。', ctx).mentions[0].date).toBe('2021-12-31');
    expect(at('没有任何日期。', { year: 2022 }).mentions).toEqual([]);
    expect(at('当天,没有上下文。', { year: 2022 }).mentions).toEqual([]);
  });
  it('attaches clock times, including 零时, 0时起 and 下午', () => {
    expect(at('3月1日0时起,实行区域管控。').mentions[0]).toMatchObject({ date: '2022-03-01', time: '00:00' });
    expect(at('3月1日零时,解除管控。').mentions[0].time).toBe('00:00');
    expect(at('当天下午5时,人员到位。', { year: 2022, month: 3, day: 1 }).mentions[0]).toMatchObject({ date: '2022-03-01', time: '17:00' });
    expect(clockTime('晚', '8')).toBe('20:00');
    expect(clockTime(undefined, '12')).toBe('12:00');
  });
  it('marks the end of a range and a time range does not add an event', () => {
    const r = at('3月10日至12日,暂停营业。');
    expect(r.mentions.map((m) => [m.date, m.how])).toEqual([['2022-03-10', 'explicit'], ['2022-03-12', 'range-end']]);
    expect(at('7月24日0时至12时,报告病例1例。').mentions).toHaveLength(1);
  });
  it('keeps the report year after a look back with a written year', () => {
    const r = at('2020年1月20日以来,7月24日发现病例。', { year: 2022 });
    expect(r.mentions.map((m) => m.date)).toEqual(['2020-01-20', '2022-07-24']);
  });
  it('moves to the next year when a run of dates crosses New Year', () => {
    expect(at('1月2日,解封。', { year: 2021, month: 12, day: 28 }).mentions[0].date).toBe('2022-01-02');
  });
});

describe('year', () => {
  it('prefers --year, then a written COVID-era year, then inference', () => {
    expect(resolveYear('3月1日发生疫情。', 2021)).toMatchObject({ year: 2021, basis: 'inferred' });
    expect(resolveYear('2022年3月1日,发生疫情。')).toMatchObject({ year: 2022, basis: 'stated' });
    expect(resolveYear('2020年2月和2020年3月的经验。2022年3月,再次发生疫情。')).toMatchObject({ year: 2022, basis: 'stated' });
    expect(resolveYear('她2002年出生。3月1日,德尔塔毒株传播。')).toMatchObject({ year: 2021, basis: 'inferred' });
    expect(resolveYear('甲辰年春,3月1日。')).toMatchObject({ year: 2024, basis: 'inferred' });
    expect(resolveYear('天气很好。')).toBeUndefined();
  });
  it('converts sexagenary years', () => {
    expect(sexagenaryYear('壬寅')).toBe(2022);
    expect(sexagenaryYear('辛丑')).toBe(2021);
    expect(sexagenaryYear('甲丑')).toBeUndefined();
  });
});

describe('dates in Chinese numerals', () => {
  it('reads 三月五日, 十二月三十一日 and a range end 七日', () => {
    expect(at('自三月五日零时起,实行封控管理。').mentions[0]).toMatchObject({ date: '2022-03-05', time: '00:00' });
    expect(at('十二月三十一日,发布通告。').mentions[0].date).toBe('2022-12-31');
    expect(at('三月五日至七日,开展三轮全员核酸检测。').mentions.map((m) => [m.date, m.how])).toEqual([['2022-03-05', 'explicit'], ['2022-03-07', 'range-end']]);
    expect(at('四月二十二日,解除管控。', { year: 2022, month: 4, day: 10 }).mentions[0].date).toBe('2022-04-22');
  });
  it('does not read a duration in Chinese numerals as a day', () => {
    expect(at('居民一日三餐由社区配送。', { year: 2022, month: 3, day: 5 }).mentions).toEqual([]);
  });
  it('reads a year written in Chinese numerals as stated', () => {
    expect(resolveYear('通告\n二〇二二年三月四日')).toMatchObject({ year: 2022, basis: 'stated' });
  });
});

describe('house numbers', () => {
  it('does not read 15号 of an address as a day', () => {
    expect(at('将北湖北路15号小区划定为高风险地区。', { year: 2022, month: 2, day: 5 }).mentions).toEqual([]);
    expect(at('3号楼实行封控。', { year: 2022, month: 2, day: 5 }).mentions).toEqual([]);
    expect(at('15号起恢复通行。', { year: 2022, month: 2, day: 5 }).mentions[0].date).toBe('2022-02-15');
  });
});

describe('a year from weekdays', () => {
  it('is the one COVID-era year in which the dates fall on the weekdays written', () => {
    // 2021-09-10 was a Friday; 2022-09-10 a Saturday.
    expect(resolveYear('9月10日（星期五），某县发现阳性病例。')).toMatchObject({ year: 2021, basis: 'inferred', evidence: { en: expect.stringMatching(/only in 2021/), zh: expect.stringMatching(/只有 2021 年/) } });
    expect(resolveYear('9月10日，周六，某县解除封控。新冠疫情防控')).toMatchObject({ year: 2022, basis: 'inferred' });
  });
  it('gives nothing when the weekdays fit no year or several', () => {
    expect(yearFromWeekdays('2月30日（星期一）')).toBeUndefined();
    expect(yearFromWeekdays('没有星期。')).toBeUndefined();
  });
});

describe('今日 and 昨日', () => {
  it('are read against the last date written (the dateline of a news report)', () => {
    expect(at('昨日,某县解除封控。', { year: 2022, month: 4, day: 15 }).mentions[0]).toMatchObject({ date: '2022-04-14', how: 'relative' });
    expect(at('今日起,恢复公交运营。', { year: 2022, month: 4, day: 15 }).mentions[0].date).toBe('2022-04-15');
  });
});

describe('a year guessed from vocabulary only', () => {
  it('is marked assumed, so that the CLI warns', () => {
    expect(resolveYear('9月10日，某县发现新冠肺炎病例。')).toMatchObject({ year: 2022, basis: 'inferred', assumed: true });
    expect(resolveYear('9月10日，德尔塔毒株。')?.assumed).toBeUndefined();
  });
});
