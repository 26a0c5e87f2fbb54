import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Outbreak } from '../../../src/data/schema';
import { AppHeader } from '../../../src/ui/shell/AppHeader';
import { NoDataMarks } from '../../../src/ui/shell/NoDataMarks';
import { Notices } from '../../../src/ui/shell/Notices';

const outbreak = { id: 'anyang', title: '安阳', titleEn: 'Anyang', period: { start: '2022-01-08', end: '2022-02-10' } } as Pick<Outbreak, 'id' | 'title' | 'titleEn' | 'period'>;
const none = () => undefined;

/** The values of the select with `testid`, in order. */
const optionsOf = (markup: string, testid: string) => {
  const select = markup.match(new RegExp(`<select[^>]*data-testid="${testid}"[^>]*>(.*?)</select>`))?.[1] ?? '';
  return [...select.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]);
};
/** The data-testids of the header's controls, in document order. */
const controlsOf = (markup: string) => [...markup.matchAll(/data-testid="([^"]+)"/g)].map((m) => m[1]);

describe('the one header', () => {
  const header = (props: Partial<Parameters<typeof AppHeader>[0]>) => renderToStaticMarkup(createElement(AppHeader, {
    lang: 'en', tagline: 'A view', onLanguage: none,
    picker: { value: 'all', outbreaks: [outbreak as Outbreak], onPick: none }, ...props,
  }));

  it('lists the same views in the same order in every view, a scoped view\'s own entry first', () => {
    expect(optionsOf(header({}), 'outbreak-picker')).toEqual(['all', 'china', 'anyang', 'outbreaks']);
    const episode = header({ picker: { value: '410500-2022-01-08', outbreaks: [outbreak as Outbreak], scope: { value: '410500-2022-01-08', label: 'Anyang 2022-01' }, onPick: none } });
    expect(optionsOf(episode, 'outbreak-picker')).toEqual(['410500-2022-01-08', 'all', 'china', 'anyang', 'outbreaks']);
    expect(header({})).toContain('Anyang (2022-01)');
    expect(header({ lang: 'zh' })).toContain('安阳（2022-01）');
  });

  it('puts the picker, the menu (basemap, the view\'s extras, copy link) and the language in the same places', () => {
    const markup = header({
      basemap: { value: 'amap', choices: ['osm', 'amap', 'offline'], onChange: none },
      menu: createElement('button', { 'data-testid': 'extra' }),
    });
    expect(controlsOf(markup)).toEqual(['view-title', 'outbreak-picker', 'header-menu', 'basemap-picker', 'extra', 'copy-link', 'language-toggle']);
    expect(optionsOf(markup, 'basemap-picker')).toEqual(['osm', 'amap', 'offline']);
    expect(markup).toMatch(/<option value="amap" selected="">AMap/);
  });

  it('has no menu in a view without a map, and no picker where the view links back instead', () => {
    expect(controlsOf(header({}))).toEqual(['view-title', 'outbreak-picker', 'language-toggle']);
    expect(controlsOf(header({ picker: undefined }))).toEqual(['view-title', 'language-toggle']);
  });
});

describe('the notice column', () => {
  it('says the day\'s state (not dismissable) with the other notices, and is absent with nothing to say', () => {
    const notices = (dayNote: string | null) => renderToStaticMarkup(createElement(Notices, { lang: 'en', ignored: [], onDismiss: none, tilesFailed: false, dayNote }));
    expect(notices(null)).toBe('');
    const markup = notices('No list this day');
    expect(markup).toMatch(/<p class="notice is-day" data-testid="no-data-banner">No list this day<\/p>/);
    expect(markup).not.toContain('dismiss');
  });
});

describe('the no-data marks', () => {
  it('draw one tick per day without data, at that day\'s place in the range', () => {
    const markup = renderToStaticMarkup(createElement(NoDataMarks, { min: 100, max: 109, noData: (d: number) => d === 100 || d === 105, className: 'strip' }));
    const ticks = [...markup.matchAll(/M([\d.]+) 0h([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(ticks).toEqual([[0, 100], [500, 100]]);
    expect(markup).toContain('aria-hidden="true"');
  });
});
