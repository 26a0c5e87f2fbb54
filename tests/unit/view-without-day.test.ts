import { describe, expect, it } from 'vitest';
import { viewWithoutDay } from '../../src/url/view-without-day';

describe('view without day', () => {
  it('stays the same object while only the day changes, and has no day', () => {
    let view = { day: 1, lang: 'en', kinds: ['a'] };
    const get = viewWithoutDay(() => view);
    const first = get();
    expect(first).toEqual({ lang: 'en', kinds: ['a'] });
    view = { ...view, day: 2 };
    expect(get()).toBe(first);
    view = { ...view, lang: 'zh' };
    const second = get();
    expect(second).not.toBe(first);
    expect(second).toEqual({ lang: 'zh', kinds: ['a'] });
    view = { ...view, day: 3, kinds: ['b'] };
    expect(get()).toEqual({ lang: 'zh', kinds: ['b'] });
  });

  it('a view without a day is the view itself', () => {
    let view = { lang: 'en' };
    const get = viewWithoutDay(() => view);
    expect(get()).toBe(view);
    view = { lang: 'zh' };
    expect(get()).toBe(view);
  });
});
