/**
 * The compare view's URL (o=compare): `ids` (2–6 outbreak ids, comma separated: episode ids like 610100-20211215
 * or report ids like anyang), `scale=log` (linear when absent), `n` (the cursor, days since start), `lang=en`.
 * Pure; the keys and the language rule come from keys.ts. Parse drops an id that is malformed, unknown, repeated or
 * beyond the sixth, each with a reason for the notice.
 */
import type { Language } from '../core/language';
import { formatLanguage, readLanguage, URL_KEYS, writeQuery, type Ignored } from './keys';

export const COMPARE = 'compare';
export const MAX_COMPARED = 6;
export const MIN_COMPARED = 2;

export interface CompareState {
  ids: string[];
  scale: 'linear' | 'log';
  /** Cursor in days since start, or null for the default (the first day). */
  cursor: number | null;
  lang: Language;
}

export type CompareDropped = { id: string; reason: 'unknown' | 'duplicate' | 'too-many' };

const ID_SHAPE = /^[a-z0-9-]{1,40}$/;

/** `known`: whether an id names an episode of episodes.json or a report outbreak. */
export function parseCompareQuery(query: string, known: (id: string) => boolean): { state: CompareState; dropped: CompareDropped[] } {
  const params = new URLSearchParams(query);
  const ids: string[] = [];
  const dropped: CompareDropped[] = [];
  for (const raw of (params.get(URL_KEYS.ids) ?? '').split(',')) {
    const id = raw.trim();
    if (id === '') continue;
    if (!ID_SHAPE.test(id) || !known(id)) dropped.push({ id: id.slice(0, 40), reason: 'unknown' });
    else if (ids.includes(id)) dropped.push({ id, reason: 'duplicate' });
    else if (ids.length >= MAX_COMPARED) dropped.push({ id, reason: 'too-many' });
    else ids.push(id);
  }
  const n = params.get(URL_KEYS.alignDay);
  const cursor = n !== null && /^-?\d{1,4}$/.test(n) ? Number(n) : null;
  // The compare view's notice lists dropped ids only; a bad `lang` falls back to Chinese as in every view.
  const notNoted: Ignored[] = [];
  return {
    state: { ids, scale: params.get(URL_KEYS.scale) === 'log' ? 'log' : 'linear', cursor, lang: readLanguage(params, notNoted) },
    dropped,
  };
}

/** The canonical query (without the leading ?): defaults left out. */
export function formatCompareQuery(state: CompareState): string {
  const params: Array<[string, string]> = [[URL_KEYS.outbreak, COMPARE]];
  if (state.ids.length) params.push([URL_KEYS.ids, state.ids.join(',')]);
  if (state.scale === 'log') params.push([URL_KEYS.scale, 'log']);
  if (state.cursor !== null) params.push([URL_KEYS.alignDay, String(state.cursor)]);
  params.push(...formatLanguage(state.lang));
  return writeQuery(params);
}
