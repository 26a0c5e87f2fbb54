/**
 * geo/official/episodes.json (0.03 MB gzip) and the units' English names and pinyin made at build time beside it
 * (episode-names.json, build/episode-names.ts: no pinyin dictionary in the browser), fetched and checked with their
 * schemas once per page for every view that needs them: the outbreak index, an episode view, the comparison, an
 * outbreak view's link to its official episode. One cache and one retry: an external store, as useNationalData.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { officialEpisodesSchema, type OfficialEpisodes } from '../../official/episode-file';
import { episodeNamesSchema, type EpisodeNames } from '../../official/episode-index';

/** `unitEn`: a unit's 汉字 name → its English name ("西安市" → "Xi'an Shi"). */
export type EpisodeFileLoad =
  | { status: 'loading' }
  | { status: 'ready'; file: OfficialEpisodes; names: EpisodeNames; unitEn: ReadonlyMap<string, string> }
  | { status: 'error'; message: string };

let latest: EpisodeFileLoad = { status: 'loading' };
/** Set while a fetch is under way or done; cleared by a failure, so the next view that needs the file asks again. */
let started = false;
const listeners = new Set<() => void>();
const publish = (load: EpisodeFileLoad) => {
  latest = load;
  for (const listener of listeners) listener();
};

async function json(baseUrl: string, name: string): Promise<unknown> {
  const response = await fetch(`${baseUrl}geo/official/${name}`);
  if (!response.ok) throw new Error(`geo/official/${name}: HTTP ${response.status}`);
  return response.json();
}

async function load(baseUrl: string): Promise<EpisodeFileLoad> {
  const [episodes, names] = await Promise.all([json(baseUrl, 'episodes.json'), json(baseUrl, 'episode-names.json')]);
  const file = officialEpisodesSchema.parse(episodes);
  const parsedNames = episodeNamesSchema.parse(names);
  if (parsedNames.unitEn.length !== file.units.name.length) throw new Error('episode-names.json does not match episodes.json');
  return { status: 'ready', file, names: parsedNames, unitEn: new Map(file.units.name.map((han, u) => [han, parsedNames.unitEn[u]])) };
}

/** Fetches the files unless they are loaded or on their way; after a failure, fetches them again. */
function start(baseUrl: string): void {
  if (started) return;
  started = true;
  if (latest.status === 'error') publish({ status: 'loading' });
  load(baseUrl).then(publish, (error: unknown) => {
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

/** The "try again" of a view that shows the failure. */
export const retryEpisodeFile = (baseUrl = './'): void => start(baseUrl);

/** `wanted`: false until a view needs the file (an outbreak view for all outbreaks does not). */
export function useEpisodeFile(wanted = true, baseUrl = './'): EpisodeFileLoad {
  const load = useSyncExternalStore(subscribe, () => latest);
  useEffect(() => {
    if (wanted) start(baseUrl);
  }, [wanted, baseUrl]);
  return load;
}
