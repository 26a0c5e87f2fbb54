/**
 * A news item's own date (its dateline or publication line) anchors the dates its sentences write without a year:
 * a report looks back, not forward, so a 12月31日 in an item dated 2021-01-02 is 2020-12-31, and says so.
 */
import { describe, expect, it } from 'vitest';
import { reportDateContext, resolveSentenceDates } from '../../../src/ingest/dates';
import { noticeYear } from '../../../src/ingest/notice-year';

describe('the page date of a report', () => {
  it('reads the full date of a dateline and of a publication line', () => {
    expect(noticeYear('央视新闻客户端 2021-01-02 11:05\n河北省…')).toMatchObject({ year: 2021, date: '2021-01-02' });
    expect(noticeYear('发布时间：2022年5月9日\n…')).toMatchObject({ year: 2022, date: '2022-05-09' });
    expect(noticeYear('满疫指发〔2020〕42号\n…')?.date).toBeUndefined();
  });

  it('moves a date written without a year back across New Year when it would lie over half a year after the page date', () => {
    const text = '新华社 2021-01-02 09:00\n12月31日，石家庄市藁城区增河庄村报告1例确诊病例。';
    const context = reportDateContext(text, 2021);
    const { mentions } = resolveSentenceDates('12月31日，石家庄市藁城区增河庄村报告1例确诊病例。', context);
    expect(mentions[0].date).toBe('2020-12-31');
    expect(mentions[0].yearBefore).toEqual({ page: '2021-01-02' });
  });

  it('keeps the page year for dates before the page date or shortly after it (a notice announces days ahead)', () => {
    const context = reportDateContext('发布时间：2022-05-09\n…', 2022);
    expect(resolveSentenceDates('5月3日起，…', context).mentions[0].date).toBe('2022-05-03');
    expect(resolveSentenceDates('6月1日起，…', context).mentions[0]).toMatchObject({ date: '2022-06-01' });
    expect(resolveSentenceDates('6月1日起，…', context).mentions[0].yearBefore).toBeUndefined();
  });

  it('has no anchor when the page line is of another year than the report year, or when there is none', () => {
    expect(reportDateContext('新华社 2021-01-02 09:00\n…', 2022)).toEqual({ year: 2022 });
    expect(reportDateContext('12月31日，…', 2021)).toEqual({ year: 2021 });
    expect(resolveSentenceDates('12月31日，…', { year: 2021 }).mentions[0].date).toBe('2021-12-31');
  });
});
