/** The outbreak views' state in the URL: the one URL-state hook (useUrlState) with the outbreak codec. */
import { formatQuery, parseQuery, type CodecContext } from '../../url/codec';
import { useUrlState } from '../hooks/useUrlState';

export function useUrlViewState(context: CodecContext) {
  return useUrlState({ parse: (query) => parseQuery(query, context), format: (view) => formatQuery(view, context) });
}
