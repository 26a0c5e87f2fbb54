/**
 * The compare view's URL (o=compare): `ids` (2–6 outbreak ids, comma separated: episode ids like 610100-20211215
 * or report ids like anyang), `scale=log` (linear when absent), `n` (the cursor, days since start), `lang=en`.
 * Pure. Parse drops an id that is malformed, unknown, repeated or beyond the sixth, each with a reason for the notice.
 */
export const COMPARE = 'compare';
export const MAX_COMPARED = 6;
export const MIN_COMPARED = 2;

export interface CompareState {
  ids: string[];
  scale: 'linear' | 'log';
  /** Cursor in days since start, or null for the default (the first day). */
  cursor: number | null;
  lang: 'zh' | 'en';
}

export type CompareDropped = { id: string; reason: 'unknown' | 'duplicate' | 'too-many' };

const ID_SHAPE = /^[a-z0-9-]{1,40}$/;

export function isCompareQuery(query: string): boolean {
  return new URLSearchParams(query).get('o') === COMPARE;
}

/** `known`: whether an id names an episode of episodes.json or a report outbreak. */
export function parseCompareQuery(query: string, known: (id: string) => boolean): { state: CompareState; dropped: CompareDropped[] } {
  const params = new URLSearchParams(query);
  const ids: string[] = [];
  const dropped: CompareDropped[] = [];
  for (const raw of (params.get('ids') ?? '').split(',')) {
    const id = raw.trim();
    if (id === '') continue;
    if (!ID_SHAPE.test(id) || !known(id)) dropped.push({ id: id.slice(0, 40), reason: 'unknown' });
    else if (ids.includes(id)) dropped.push({ id, reason: 'duplicate' });
    else if (ids.length >= MAX_COMPARED) dropped.push({ id, reason: 'too-many' });
    else ids.push(id);
  }
  const n = params.get('n');
  const cursor = n !== null && /^-?\d{1,4}$/.test(n) ? Number(n) : null;
  return {
    state: { ids, scale: params.get('scale') === 'log' ? 'log' : 'linear', cursor, lang: params.get('lang') === 'en' ? 'en' : 'zh' },
    dropped,
  };
}

/** The canonical query (without the leading ?): defaults left out. */
export function formatCompareQuery(state: CompareState): string {
  const keys = [`o=${COMPARE}`];
  if (state.ids.length) keys.push(`ids=${state.ids.join(',')}`);
  if (state.scale === 'log') keys.push('scale=log');
  if (state.cursor !== null) keys.push(`n=${state.cursor}`);
  if (state.lang === 'en') keys.push('lang=en');
  return keys.join('&');
}
