/**
 * The outbreak index's rows, from the episodes every episode view shares (useEpisodeFile: fetched once per page);
 * the rows are made once per loaded file, so coming back to the index does not make them again.
 */
import { useMemo } from 'react';
import type { OfficialEpisodes } from '../../official/episode-file';
import { episodeRows, type EpisodeNames, type EpisodeRow } from '../../official/episode-index';
import { retryEpisodeFile, useEpisodeFile } from '../hooks/useEpisodeFile';

export const INDEX_READY_MARK = 'atlas:outbreak-index-ready';

export type EpisodeIndexLoad =
  | { status: 'loading' }
  | { status: 'ready'; file: OfficialEpisodes; rows: EpisodeRow[] }
  | { status: 'error'; message: string };

const rowsByFile = new WeakMap<OfficialEpisodes, EpisodeRow[]>();

function rowsOf(file: OfficialEpisodes, names: EpisodeNames): EpisodeRow[] {
  let rows = rowsByFile.get(file);
  if (!rows) {
    rows = episodeRows(file, names);
    rowsByFile.set(file, rows);
    // The start of the index's first render with all rows (OutbreakIndexView measures to its commit).
    performance.mark(INDEX_READY_MARK);
  }
  return rows;
}

export function useEpisodeIndex(baseUrl = './'): { load: EpisodeIndexLoad; retry: () => void } {
  const episodes = useEpisodeFile(true, baseUrl);
  const load = useMemo<EpisodeIndexLoad>(
    () => (episodes.status === 'ready' ? { status: 'ready', file: episodes.file, rows: rowsOf(episodes.file, episodes.names) } : episodes),
    [episodes],
  );
  return { load, retry: () => retryEpisodeFile(baseUrl) };
}
