import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPLACE_DELAY_MS, TYPING_REST_MS, ViewHistory, type HistoryPort, type Timers } from '../../src/url/view-history';
import type { ViewState } from '../../src/url/view-state';

const initial: ViewState = {
  outbreak: 'all', align: 'calendar', day: 19000, kinds: [], statuses: [], precisions: [], search: '', selected: null,
  zoom: null, centre: null, lang: 'zh', basemap: 'osm', showLifted: false,
};

/** A browser history that records what was written; the "URL" is the view's search, outbreak and day. */
function setup() {
  const writes: string[] = [];
  let shown = '';
  const port: HistoryPort = {
    current: () => shown,
    push: (query) => {
      writes.push(`push ${query}`);
      shown = query;
    },
    replace: (query) => {
      writes.push(`replace ${query}`);
      shown = query;
    },
  };
  const timers: Timers = { set: (callback, ms) => setTimeout(callback, ms) as unknown as number, clear: (id) => clearTimeout(id) };
  const format = (view: ViewState) => `o=${view.outbreak}&d=${view.day}${view.search ? `&q=${view.search}` : ''}`;
  return { history: new ViewHistory(initial, format, port, timers), writes };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('view history', () => {
  it('pushes deliberate navigation at once, and replaces only once the view has been still', () => {
    const { history, writes } = setup();
    history.update({ outbreak: 'anyang' }, 'push');
    expect(writes).toEqual(['push o=anyang&d=19000']);
    history.update({ day: 19001 }, 'replace');
    history.update({ day: 19002 }, 'replace');
    vi.advanceTimersByTime(REPLACE_DELAY_MS - 1);
    expect(writes).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual(['push o=anyang&d=19000', 'replace o=anyang&d=19002']);
  });

  it('honours both of two updates made in one batch: a push then a replace pushes, then replaces the new entry', () => {
    const { history, writes } = setup();
    history.update({ selected: 'a' }, 'push');
    history.update({ day: 19005 }, 'replace');
    vi.runAllTimers();
    expect(writes).toEqual(['push o=all&d=19000', 'replace o=all&d=19005']);
    expect(history.get()).toMatchObject({ selected: 'a', day: 19005 });
  });

  it('does not let a replace that comes first swallow a push', () => {
    const { history, writes } = setup();
    history.update({ day: 19003 }, 'replace');
    history.update({ outbreak: 'heze' }, 'push');
    vi.runAllTimers();
    expect(writes).toEqual(['push o=heze&d=19003']);
  });

  it('records nothing while playing, and drops a replace still waiting', () => {
    const { history, writes } = setup();
    history.update({ day: 19001 }, 'replace');
    history.update({ day: 19002 }, 'none');
    vi.runAllTimers();
    expect(writes).toEqual([]);
    history.update({}, 'replace');
    vi.runAllTimers();
    expect(writes).toEqual(['replace o=all&d=19002']);
  });

  it('pushes typed search text once, when typing rests, and folds a replace made meanwhile into that push', () => {
    const { history, writes } = setup();
    for (const text of ['a', 'an', 'any']) {
      history.update({ search: text }, 'typing');
      vi.advanceTimersByTime(TYPING_REST_MS - 100);
    }
    history.update({ day: 19004 }, 'replace');
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(TYPING_REST_MS);
    expect(writes).toEqual(['push o=all&d=19004&q=any']);
    vi.runAllTimers();
    expect(writes).toHaveLength(1);
  });

  it('pushes typed text at once on Enter, and not again when typing would have rested', () => {
    const { history, writes } = setup();
    history.update({ search: '大' }, 'typing');
    history.settle();
    expect(writes).toEqual(['push o=all&d=19000&q=大']);
    vi.runAllTimers();
    history.settle();
    expect(writes).toHaveLength(1);
  });

  it('shows a view restored from history without writing, and tells subscribers', () => {
    const { history, writes } = setup();
    let told = 0;
    history.subscribe(() => {
      told += 1;
    });
    history.update({ day: 19001 }, 'replace');
    history.restore({ ...initial, outbreak: 'kaihua' });
    vi.runAllTimers();
    expect(writes).toEqual([]);
    expect(told).toBe(2);
    expect(history.get().outbreak).toBe('kaihua');
  });

  it('writes nothing when the query is already the one shown, and keeps the snapshot when nothing changed', () => {
    const { history, writes } = setup();
    history.update({ outbreak: 'anyang' }, 'push');
    const snapshot = history.get();
    history.update({}, 'push');
    expect(history.get()).toBe(snapshot);
    expect(writes).toHaveLength(1);
  });
});
