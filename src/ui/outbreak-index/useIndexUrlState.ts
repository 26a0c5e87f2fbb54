/**
 * The index's state in the URL: the one URL-state hook with the index codec. Sorting, filtering and typing refine
 * one view, so each change replaces the entry at once (a copied link holds it); the cleaned URL is written back on load.
 */
import { routeOf } from '../../url/routes';
import { formatIndexQuery, parseIndexQuery, type IndexCodecContext } from '../../url/outbreak-index-codec';
import { useUrlState } from '../hooks/useUrlState';

export function useIndexUrlState(context: IndexCodecContext) {
  return useUrlState({
    parse: (query) => parseIndexQuery(query, context), format: formatIndexQuery, owns: (query) => routeOf(query).view === 'index', replaceDelayMs: 0,
  });
}
