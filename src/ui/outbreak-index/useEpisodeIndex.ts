/**
 * Loads the outbreak index's data once per page: geo/official/episodes.json (0.03 MB gzip) and the units' English
 * names and pinyin made at build time beside it (episode-names.json, build/episode-names.ts); then the rows.
 */
import { useCallback, useEffect, useState } from 'react';
import { officialEpisodesSchema, type OfficialEpisodes } from '../../official/episode-file';
import { episodeNamesSchema, episodeRows, type EpisodeRow } from '../../official/episode-index';

export const INDEX_READY_MARK = 'atlas:outbreak-index-ready';

export type EpisodeIndexLoad =
  | { status: 'loading' }
  | { status: 'ready'; file: OfficialEpisodes; rows: EpisodeRow[] }
  | { status: 'error'; message: string };

async function json(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

async function load(baseUrl: string): Promise<EpisodeIndexLoad> {
  const [file, names] = await Promise.all([json(`${baseUrl}geo/official/episodes.json`), json(`${baseUrl}geo/official/episode-names.json`)]);
  const episodes = officialEpisodesSchema.parse(file);
  const parsedNames = episodeNamesSchema.parse(names);
  if (parsedNames.unitEn.length !== episodes.units.name.length) throw new Error('episode-names.json does not match episodes.json');
  return { status: 'ready', file: episodes, rows: episodeRows(episodes, parsedNames) };
}

export function useEpisodeIndex(baseUrl = './'): { load: EpisodeIndexLoad; retry: () => void } {
  const [state, setState] = useState<EpisodeIndexLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    load(baseUrl).then(
      (loaded) => {
        if (!live) return;
        // The start of the index's first render with all rows (OutbreakIndexView measures to its commit).
        performance.mark(INDEX_READY_MARK);
        setState(loaded);
      },
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [baseUrl, attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { load: state, retry };
}
