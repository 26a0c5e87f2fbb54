/**
 * The one module that reads and writes the browser's address (`window.location`, `window.history`): the query a
 * view parses, the history port its ViewHistory writes through, the navigation between views (a pushed entry and
 * an event the route hook listens to), and the page's link. Everything else asks here.
 */
import type { HistoryPort, Timers } from '../../url/view-history';

/** Fired after a view change pushed by go(): the route hook reads the URL again. */
const NAVIGATE = 'atlas:navigate';

/** The query the browser shows now, without the "?". */
export function currentQuery(): string {
  return window.location.search.replace(/^\?/, '');
}

/** The page's address with another query (and the same fragment). */
function urlWith(query: string): string {
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

/** The full link of the page with a query: what a copied or exported link holds. */
export function pageLink(query: string = currentQuery()): string {
  return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`;
}

/** The address as the browser shows it. */
export function currentHref(): string {
  return window.location.href;
}

export const browserHistory: HistoryPort = {
  current: currentQuery,
  push: (query) => window.history.pushState(null, '', urlWith(query)),
  replace: (query) => window.history.replaceState(null, '', urlWith(query)),
};

export const browserTimers: Timers = {
  set: (callback, ms) => window.setTimeout(callback, ms),
  clear: (id) => window.clearTimeout(id),
};

/** To another view: a new history entry (so back returns), then the route hook re-reads the URL. */
export function go(query: string): void {
  window.history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** Calls `listener` when the browser moves through its history (back, forward) or go() changes the view. */
export function onLocationChange(listener: () => void, { navigation = true } = {}): () => void {
  window.addEventListener('popstate', listener);
  if (navigation) window.addEventListener(NAVIGATE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE, listener);
  };
}
