/**
 * Which view the URL asks for (src/url/routes.ts), read again after a pushed view change and on back/forward, and
 * the moves between views. Moving between views pushes a history entry, so back and forward cross over too.
 */
import { useEffect, useState } from 'react';
import type { Language } from '../../core/language';
import { routeOf, routeQuery, type Route } from '../../url/routes';
import { currentQuery, go, onLocationChange } from './browser-location';

export { go } from './browser-location';

/** To the national view, in the reader's language. */
export function enterNational(lang: Language): void {
  go(routeQuery({ view: 'national' }, lang));
}

/**
 * To an outbreak view: "all", an outbreak or episode id, or an id followed by more of its keys ("anyang&sel=…",
 * built by the caller from the same key table).
 */
export function leaveNational(target: string, lang: Language): void {
  const language = routeQuery({ view: 'outbreaks', outbreak: 'all' }, lang);
  go([target === 'all' ? '' : `o=${target}`, language].filter(Boolean).join('&'));
}

/** The route of the URL now; a new one after go() and on back/forward (the same object while the view stays). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(currentQuery()));
  useEffect(() => onLocationChange(() => {
    const next = routeOf(currentQuery());
    setRoute((previous) => (sameRoute(previous, next) ? previous : next));
  }), []);
  return route;
}

function sameRoute(a: Route, b: Route): boolean {
  if (a.view !== b.view) return false;
  if (a.view === 'outbreaks' && b.view === 'outbreaks') return a.outbreak === b.outbreak;
  if (a.view === 'episode' && b.view === 'episode') return a.id === b.id;
  return true;
}

/** To the outbreak index (o=outbreaks), in the reader's language. */
export function enterOutbreakIndex(lang: Language): void {
  go(routeQuery({ view: 'index' }, lang));
}

/** To the comparison of these outbreaks (o=compare&ids=…). */
export function enterCompare(ids: readonly string[], lang: Language): void {
  go(routeQuery({ view: 'compare', ids }, lang));
}
