/**
 * A view's state mirrored in the URL, for every view: the state lives in one ViewHistory (src/url/view-history.ts),
 * which records each update in the browser's history with the mode it came with (push on choices, replace while
 * scrubbing, none while playing, typing); components read it with useSyncExternalStore. The page reads the view
 * without its day (the same object while only the day changes); what shows the day reads it with useViewDay, so a
 * day step does not re-render the page (issue 22). Back and forward re-read the URL. The cleaned URL of a shared link is written back once the view is still.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { ViewHistory } from '../../url/view-history';
import { viewWithoutDay } from '../../url/view-without-day';
import { browserHistory, browserTimers, currentQuery, onLocationChange } from '../shell/browser-location';

/** A view's codec: parse (state and what was not used) and format. Read once, at the view's first render. */
export interface UrlCodec<State, Problem> {
  parse: (query: string) => { state: State; ignored: Problem[] };
  format: (state: State) => string;
  /** Whether a query is this view's (back to another view re-reads nothing here); every query by default. */
  owns?: (query: string) => boolean;
  /** How long a replace waits for the view to be still (view-history.ts); 0 for views without a day to scrub. */
  replaceDelayMs?: number;
}

export function useUrlState<State extends object, Problem>(codec: UrlCodec<State, Problem>) {
  const [{ parse, format, owns, replaceDelayMs }] = useState(() => codec);
  const [initial] = useState(() => parse(currentQuery()));
  const [history] = useState(() => new ViewHistory(initial.state, format, browserHistory, browserTimers, replaceDelayMs));
  const [getView] = useState(() => viewWithoutDay(history.get));
  const view = useSyncExternalStore(history.subscribe, getView);
  const [ignored, setIgnored] = useState<Problem[]>(initial.ignored);

  useEffect(() => {
    // Writes the cleaned URL back (a no-op when the query was clean); a write still waiting at unmount is dropped.
    history.update({}, 'replace');
    return history.dispose;
  }, [history]);

  useEffect(() => onLocationChange(() => {
    const query = currentQuery();
    if (owns && !owns(query)) return;
    const parsed = parse(query);
    history.restore(parsed.state);
    setIgnored(parsed.ignored);
  }, { navigation: false }), [history, parse, owns]);

  const dismissIgnored = useCallback(() => setIgnored([]), []);
  return { view, update: history.update, settleTyping: history.settle, history, ignored, dismissIgnored };
}

/** Where the view's day is read: the view's ViewHistory. */
export interface DaySource {
  subscribe(listener: () => void): () => void;
  get(): { day: number };
}

/** The view's day, for what shows it: a component using this re-renders for a day step, the page does not. */
export function useViewDay(days: DaySource): number {
  return useSyncExternalStore(days.subscribe, () => days.get().day);
}
