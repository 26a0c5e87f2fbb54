/**
 * geo/official/episodes.json (0.03 MB gzip), loaded once per page when an episode view or an outbreak view's link
 * to its official episode needs it, parsed with its schema, and the units' English names made at build time beside
 * it (episode-names.json, build/episode-names.ts: no pinyin dictionary in the browser). An external store, as
 * useNationalData.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { officialEpisodesSchema, type OfficialEpisodes } from '../../official/episode-file';

/** `unitEn`: a unit's 汉字 name → its English name ("西安市" → "Xi'an Shi"). */
export type EpisodeFileLoad = { status: 'loading' } | { status: 'ready'; file: OfficialEpisodes; unitEn: ReadonlyMap<string, string> } | { status: 'error'; message: string };

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
  const json = (name: string) => fetch(`${baseUrl}geo/official/${name}`).then((response) => {
    if (!response.ok) throw new Error(`geo/official/${name}: HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  });
  Promise.all([json('episodes.json'), json('episode-names.json')])
    .then(([episodes, names]) => {
      const file = officialEpisodesSchema.parse(episodes);
      const unitEn = (names as { unitEn?: unknown }).unitEn;
      if (!Array.isArray(unitEn) || unitEn.length !== file.units.name.length) throw new Error('episode-names.json does not match episodes.json');
      publish({ status: 'ready', file, unitEn: new Map(file.units.name.map((han, u) => [han, String(unitEn[u])])) });
    })
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
