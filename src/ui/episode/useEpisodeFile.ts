/**
 * geo/official/episodes.json (0.03 MB gzip), loaded once per page when an episode view or an outbreak view's link
 * to its official episode needs it, parsed with its schema. An external store, as useNationalData.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { officialEpisodesSchema, type OfficialEpisodes } from '../../official/episode-file';

export type EpisodeFileLoad = { status: 'loading' } | { status: 'ready'; file: OfficialEpisodes } | { status: 'error'; message: string };

let latest: EpisodeFileLoad = { status: 'loading' };
let started = false;
const listeners = new Set<() => void>();
const publish = (load: EpisodeFileLoad) => {
  latest = load;
  for (const listener of listeners) listener();
};

function start(baseUrl: string): void {
  if (started) return;
  started = true;
  fetch(`${baseUrl}geo/official/episodes.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`geo/official/episodes.json: HTTP ${response.status}`);
      return response.json();
    })
    .then((json: unknown) => publish({ status: 'ready', file: officialEpisodesSchema.parse(json) }))
    .catch((error: unknown) => {
      started = false;
      publish({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** `wanted`: false until a view needs the file (an outbreak view for all outbreaks does not). */
export function useEpisodeFile(wanted = true, baseUrl = './'): EpisodeFileLoad {
  const load = useSyncExternalStore(subscribe, () => latest);
  useEffect(() => {
    if (wanted) start(baseUrl);
  }, [wanted, baseUrl]);
  return load;
}
