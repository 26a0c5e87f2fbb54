/**
 * The one history (src/url/view-history.ts) driven by every view's codec: updates that arrive in one React batch
 * (before any timer runs) are each recorded with their own mode, in every view.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dayNumber } from '../../../src/core/calendar-day';
import { defaultViewState, formatQuery, type CodecContext } from '../../../src/url/codec';
import { formatCompareQuery, type CompareState } from '../../../src/url/compare-codec';
import { defaultNationalState, formatNationalQuery, type NationalUrlScope } from '../../../src/url/national-codec';
import { defaultIndexState, formatIndexQuery } from '../../../src/url/outbreak-index-codec';
import { REPLACE_DELAY_MS, ViewHistory, type HistoryPort, type Timers } from '../../../src/url/view-history';

const context: CodecContext = {
  outbreakIds: ['anyang'], featureOutbreak: new Map([['anyang-a', 'anyang']]),
  calendarRange: () => ({ min: dayNumber('2022-01-08'), max: dayNumber('2022-02-03') }), maxAlignDay: 40,
};
const episode: NationalUrlScope = { outbreak: '610100-20211215', range: { min: dayNumber('2021-12-08'), max: dayNumber('2022-01-29') }, defaultDay: dayNumber('2021-12-27') };

/** A browser that records what was written. */
function browser(initial: string) {
  const entries = [initial];
  let index = 0;
  const port: HistoryPort = {
    current: () => entries[index],
    push: (query) => {
      entries.splice(index + 1, entries.length, query);
      index += 1;
    },
    replace: (query) => {
      entries[index] = query;
    },
  };
  const pending = new Map<number, ReturnType<typeof setTimeout>>();
  let next = 0;
  const timers: Timers = {
    set: (callback, ms) => {
      next += 1;
      pending.set(next, setTimeout(callback, ms));
      return next;
    },
    clear: (id) => {
      if (id !== undefined) clearTimeout(pending.get(id));
    },
  };
  return { port, timers, entries };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('one history for every view', () => {
  it('outbreak view: a choice and a scrub in one batch push the choice, then replace that entry with the scrubbed day', () => {
    const start = defaultViewState(context);
    const { port, timers, entries } = browser(formatQuery(start, context));
    const history = new ViewHistory(start, (view) => formatQuery(view, context), port, timers);
    history.update({ outbreak: 'anyang' }, 'push');
    history.update({ day: dayNumber('2022-01-20') }, 'replace');
    expect(entries).toEqual(['', 'o=anyang']);
    vi.advanceTimersByTime(REPLACE_DELAY_MS);
    expect(entries).toEqual(['', 'o=anyang&d=2022-01-20']);
  });

  it('national view: a selection and a day in one batch keep the selection\'s entry (the single pending ref lost it)', () => {
    const start = defaultNationalState();
    const { port, timers, entries } = browser(formatNationalQuery(start));
    const history = new ViewHistory(start, (view) => formatNationalQuery(view), port, timers);
    history.update({ selected: { kind: 'key', key: '00000000abc' } }, 'push');
    history.update({ day: dayNumber('2022-04-01') }, 'replace');
    vi.advanceTimersByTime(REPLACE_DELAY_MS);
    expect(entries).toEqual(['o=china', 'o=china&d=2022-04-01&sel=official:00000000abc']);
  });

  it('episode view: playing records nothing; the stop replaces once with the day it stopped on', () => {
    const start = defaultNationalState(episode);
    const { port, timers, entries } = browser(formatNationalQuery(start, episode));
    const history = new ViewHistory(start, (view) => formatNationalQuery(view, episode), port, timers);
    history.update({ day: episode.defaultDay + 1 }, 'replace');
    for (let day = episode.defaultDay + 2; day < episode.defaultDay + 6; day += 1) history.update({ day }, 'none');
    vi.advanceTimersByTime(REPLACE_DELAY_MS);
    expect(entries).toEqual(['o=610100-20211215']);
    history.update({}, 'replace');
    vi.advanceTimersByTime(REPLACE_DELAY_MS);
    expect(entries).toEqual(['o=610100-20211215&d=2022-01-01']);
  });

  it('outbreak index: a sort and a filter in one batch are both in the entry, written at once', () => {
    const start = defaultIndexState();
    const { port, timers, entries } = browser(formatIndexQuery(start));
    const history = new ViewHistory(start, formatIndexQuery, port, timers, 0);
    history.update({ sort: 'peak', direction: 'desc' });
    history.update({ year: 2021 });
    expect(entries).toEqual(['o=outbreaks&sort=peak&y=2021']);
  });

  it('compare view: ids and the cursor in one batch are both in the entry; a choice then pushes', () => {
    const start: CompareState = { ids: [], scale: 'linear', cursor: null, lang: 'zh' };
    const { port, timers, entries } = browser(formatCompareQuery(start));
    const history = new ViewHistory(start, formatCompareQuery, port, timers, 0);
    history.update({ ids: ['anyang', 'heze'] });
    history.update({ cursor: 3 });
    expect(entries).toEqual(['o=compare&ids=anyang,heze&n=3']);
    history.update({ scale: 'log' }, 'push');
    expect(entries).toEqual(['o=compare&ids=anyang,heze&n=3', 'o=compare&ids=anyang,heze&scale=log&n=3']);
  });
});
