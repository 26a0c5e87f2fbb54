// @vitest-environment happy-dom
/**
 * A day step re-renders what shows the day, not the page (issue 22): the page reads its view through useUrlState,
 * which does not change for a step, and the day reaches the components that show it through useViewDay.
 * The tree is a page with one day-showing child: the page counts its own renders, React's Profiler the child's commits.
 */
import { readFileSync } from 'node:fs';
import { act, createElement, Profiler, type ProfilerOnRenderCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ViewHistory } from '../../src/url/view-history';
import { useUrlState, useViewDay } from '../../src/ui/hooks/useUrlState';
import { OnDay } from '../../src/ui/national/NationalDayParts';

interface View { day: number; lang: string }

const codec = {
  parse: (query: string) => {
    const params = new URLSearchParams(query);
    return { state: { day: Number(params.get('day') ?? 0), lang: params.get('lang') ?? 'en' }, ignored: [] as string[] };
  },
  format: (view: View) => `day=${view.day}&lang=${view.lang}`,
};

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function DayShown({ history }: { history: ViewHistory<View> }) {
  const day = useViewDay(history);
  return createElement('output', { 'data-testid': 'day' }, String(day));
}

function renderPage() {
  const renders = { page: 0, day: 0 };
  const dayCommitted: ProfilerOnRenderCallback = (_id, phase) => {
    if (phase !== 'mount') renders.day += 1;
  };
  let store: { history: ViewHistory<View>; update: ViewHistory<View>['update'] } | undefined;
  let lang = '';
  function Page() {
    const { view, history, update } = useUrlState(codec);
    renders.page += 1;
    store = { history, update };
    lang = view.lang;
    return createElement('main', null, createElement(Profiler, { id: 'day', onRender: dayCommitted }, createElement(DayShown, { history })));
  }
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(createElement(Page)));
  if (!store) throw new Error('the page did not render');
  const { update } = store;
  return { renders, update, container, lang: () => lang, unmount: () => act(() => root.unmount()) };
}

describe('day subscription', () => {
  let unmount = () => {};
  afterEach(() => unmount());

  it('a day step re-renders the day, not the page', () => {
    window.history.replaceState(null, '', '/?day=100&lang=en');
    const page = renderPage();
    unmount = page.unmount;
    const shown = () => page.container.querySelector('[data-testid="day"]')?.textContent;
    expect(shown()).toBe('100');
    for (const day of [101, 102, 103]) act(() => page.update({ day }, 'replace'));
    expect(shown()).toBe('103');
    expect(page.renders.day).toBe(3);
    expect(page.renders.page).toBe(1);
  });

  it('any other change still renders the page, with the day it has then', () => {
    window.history.replaceState(null, '', '/?day=100&lang=en');
    const page = renderPage();
    unmount = page.unmount;
    act(() => page.update({ day: 101 }, 'replace'));
    act(() => page.update({ lang: 'zh' }, 'push'));
    expect(page.renders.page).toBe(2);
    expect(page.lang()).toBe('zh');
    expect(page.container.querySelector('[data-testid="day"]')?.textContent).toBe('101');
    act(() => page.update({ day: 102, lang: 'en' }, 'push'));
    expect(page.renders.page).toBe(3);
    expect(page.container.querySelector('[data-testid="day"]')?.textContent).toBe('102');
  });

  it('a part wrapped in <OnDay> follows the day; the map element the page made inside it is not rendered again', () => {
    window.history.replaceState(null, '', '/?day=100&lang=en');
    const renders = { page: 0, map: 0 };
    let update: ViewHistory<View>['update'] = () => {};
    function Map() {
      renders.map += 1;
      return createElement('div', { className: 'map' });
    }
    function Page() {
      const url = useUrlState(codec);
      update = url.update;
      renders.page += 1;
      const map = createElement(Map);
      return createElement(OnDay, { days: url.history, range: { min: 0, max: 200 }, children: (day: number) => createElement('section', { 'data-day': day }, map) });
    }
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    act(() => root.render(createElement(Page)));
    unmount = () => act(() => root.unmount());
    for (const day of [101, 102, 250]) act(() => update({ day }, 'replace'));
    expect(container.querySelector('section')?.dataset.day).toBe('200');
    expect(renders).toEqual({ page: 1, map: 1 });
  });

  // The pages read the view through useUrlState only (its view has no day, so reading `view.day` does not type-check);
  // subscribing to the day belongs in the small parts that show it (DayViews.tsx, NationalDayParts.tsx).
  it.each(['src/ui/outbreaks/Atlas.tsx', 'src/ui/national/NationalView.tsx'])('%s does not subscribe to the day itself', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).not.toMatch(/useViewDay\(|useSyncExternalStore\(/);
  });
});
