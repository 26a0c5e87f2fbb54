import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultViewHref, ViewErrorBoundary, ViewErrorMessage } from '../../../src/ui/shell/ViewErrorBoundary';

describe('a view that fails to render', () => {
  it('is replaced by the message, the error in one line and a link to the default view, in Chinese and English', () => {
    const error = new Error('Invalid LatLng object: (NaN, NaN)');
    const zh = renderToStaticMarkup(createElement(ViewErrorMessage, { lang: 'zh', home: defaultViewHref(true, 'zh'), error }));
    expect(zh).toContain('role="alert"');
    expect(zh).toContain('页面显示出错');
    expect(zh).toContain('Invalid LatLng object: (NaN, NaN)');
    expect(zh).toMatch(/<a href="\?o=china" data-testid="view-error-home">回到默认视图<\/a>/);
    const en = renderToStaticMarkup(createElement(ViewErrorMessage, { lang: 'en', home: defaultViewHref(false, 'en'), error }));
    expect(en).toContain('Something went wrong while showing this view.');
    expect(en).toMatch(/<a href="\?lang=en" data-testid="view-error-home">Back to the default view<\/a>/);
  });

  it('keeps the error it caught (any thrown value) and then renders the message in the language read at that time', () => {
    const state = ViewErrorBoundary.getDerivedStateFromError('not an Error');
    expect(state.error).toBeInstanceOf(Error);
    expect(state.error?.message).toBe('not an Error');
    const boundary = new ViewErrorBoundary({ national: true, language: () => 'en', children: createElement('p', null, 'the view') });
    expect(renderToStaticMarkup(createElement('div', null, boundary.render()))).toBe('<div><p>the view</p></div>');
    boundary.state = state;
    const markup = renderToStaticMarkup(createElement('div', null, boundary.render()));
    expect(markup).toContain('data-testid="view-error"');
    expect(markup).toContain('href="?o=china&amp;lang=en"');
  });

  it('links each view to its own default URL', () => {
    expect(defaultViewHref(false, 'zh')).toBe('./');
    expect(defaultViewHref(false, 'en')).toBe('?lang=en');
    expect(defaultViewHref(true, 'zh')).toBe('?o=china');
    expect(defaultViewHref(true, 'en')).toBe('?o=china&lang=en');
  });
});
