import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OfficialAreaList, OfficialAreaPanel, type OfficialAreaView } from '../../../src/ui/national/OfficialAreaPanel';
import { dayNumber } from '../../../src/core/calendar-day';

const area: OfficialAreaView = {
  id: 7, address: '河南省安阳市文峰区光华路小区', variants: ['文峰区光华路小区', '光华路小区'], chain: ['河南省', '安阳市', '文峰区'],
  precision: 'exact', ruleText: 'rule', flagTexts: [], history: [{ first: dayNumber('2022-01-10'), last: dayNumber('2022-01-20'), level: 'high' }], sourceText: 'lists',
};
const noop = () => undefined;

/** Text a reader sees outside the spans marked as Chinese (addresses and admin names are the source's own words). */
const outsideChinese = (markup: string) => markup.replace(/<(\w+) lang="zh-CN">.*?<\/\1>/gs, '').replace(/<[^>]+>/g, ' ');

describe('official area panel', () => {
  it('speaks English throughout in English, the published address aside, and counts the other spellings', () => {
    const en = renderToStaticMarkup(createElement(OfficialAreaPanel, { lang: 'en', area, day: dayNumber('2022-01-12'), credit: 'credit', matchedReports: [], onDate: noop, onSelectReport: noop, onClose: noop }));
    expect(outsideChinese(en)).not.toMatch(/\p{Script=Han}/u);
    expect(en).toContain('Other spellings: 2');
    const zh = renderToStaticMarkup(createElement(OfficialAreaPanel, { lang: 'zh', area, day: dayNumber('2022-01-12'), credit: 'credit', matchedReports: [], onDate: noop, onSelectReport: noop, onClose: noop }));
    expect(zh).toContain('其他写法 2 种');
  });

  it('lists the first 200 areas of a crowded point and says how to narrow the list, in each language', () => {
    const areas = Array.from({ length: 201 }, (_, i) => i);
    const render = (lang: 'zh' | 'en') => renderToStaticMarkup(createElement(OfficialAreaList, { lang, title: 'areas', areas, label: (a: number) => `area ${a}`, onSelect: noop }));
    const en = render('en');
    expect(en.match(/<li>/g)).toHaveLength(200);
    expect(en).toContain('First 200 listed; zoom in to narrow the list');
    expect(outsideChinese(en)).not.toMatch(/\p{Script=Han}/u);
    expect(render('zh')).toContain('仅列出前 200 个');
  });
});
