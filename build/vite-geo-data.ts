/**
 * Vite plugin: the data files the browser fetches are generated into the public folder (`public/geo/`, git-ignored)
 * from geo/, with the pinyin syllables of the places' names for the search (search-names.ts), the pinyin of the admin
 * divisions' names for the national view (division-pinyin.ts) and of the outbreak episodes' units (episode-names.ts),
 * and a geo/index.json that tells the app which files to load (`official`: the official record's
 * meta.json, whose `chunks` name the year files beside it, fetched by the national view only); Vite then serves them in dev and copies
 * them into the build like any static asset. Regenerated when the config loads, and in dev when geo/ changes.
 * ATLAS_OUTBREAKS_DIR swaps in another folder of outbreak files (the bench's synthetic data): that build gets its
 * own public folder beside that data (a copy of public/ with the swapped geo/), so it never touches public/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { divisionPinyinOfFile } from './division-pinyin.ts';
import { episodeNames } from './episode-names.ts';
import { searchNames } from './search-names.ts';

const root = path.resolve(import.meta.dirname, '..');
const PUBLIC_DIR = path.join(root, 'public');
const GEO = 'geo';
const SEARCH_NAMES = `${GEO}/search-names.json`;
/** Pinyin of the admin divisions' names, for the national view (division-pinyin.ts). */
export const DIVISION_PINYIN = `${GEO}/division-pinyin.json`;
/** Beside episodes.json: its units' English names and pinyin, for the outbreak index (episode-names.ts). */
const EPISODE_NAMES = `${GEO}/official/episode-names.json`;

/** Path in the public folder → source file. */
function dataFiles(outbreaksDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(outbreaksDir).filter((f) => f.endsWith('.geojson')).sort()) {
    files.set(`${GEO}/outbreaks/${name}`, path.join(outbreaksDir, name));
  }
  for (const name of fs.readdirSync(path.join(root, 'geo/reports')).filter((f) => f.endsWith('.txt')).sort()) {
    files.set(`${GEO}/reports/${name}`, path.join(root, 'geo/reports', name));
  }
  for (const name of ['counties.geojson', 'basemap-prefectures.geojson', 'admin-divisions.json']) files.set(`${GEO}/sources/${name}`, path.join(root, 'geo/sources', name));
  const officialDir = path.join(root, 'geo/official');
  if (fs.existsSync(officialDir)) {
    for (const name of fs.readdirSync(officialDir).filter((f) => f.endsWith('.json') || f.endsWith('.txt')).sort()) files.set(`${GEO}/official/${name}`, path.join(officialDir, name));
    // The frozen table of older links' area ids (src/official/legacy-ids.ts): fetched only when such a link is opened.
    const legacyDir = path.join(officialDir, 'legacy-ids');
    if (fs.existsSync(legacyDir)) {
      for (const name of fs.readdirSync(legacyDir).filter((f) => f.endsWith('.json')).sort()) files.set(`${GEO}/official/legacy-ids/${name}`, path.join(legacyDir, name));
    }
  }
  return files;
}

function indexJson(files: Map<string, string>): string {
  return JSON.stringify({
    outbreaks: [...files.keys()].filter((f) => f.startsWith(`${GEO}/outbreaks/`)),
    counties: `${GEO}/sources/counties.geojson`,
    prefectures: `${GEO}/sources/basemap-prefectures.geojson`,
    search: SEARCH_NAMES,
    ...(files.has(`${GEO}/official/meta.json`) ? { official: `${GEO}/official/meta.json` } : {}),
  });
}

/** Writes `publicDir/geo/` to hold exactly the data files (stale ones removed) and the index. */
export function writePublicData(publicDir: string, outbreaksDir: string): void {
  const files = dataFiles(outbreaksDir);
  const geoDir = path.join(publicDir, GEO);
  fs.rmSync(geoDir, { recursive: true, force: true });
  for (const [target, source] of files) {
    fs.mkdirSync(path.dirname(path.join(publicDir, target)), { recursive: true });
    fs.copyFileSync(source, path.join(publicDir, target));
  }
  const outbreakFiles = [...files].filter(([target]) => target.startsWith(`${GEO}/outbreaks/`)).map(([, source]) => source);
  fs.writeFileSync(path.join(publicDir, SEARCH_NAMES), JSON.stringify(searchNames(outbreakFiles)));
  fs.writeFileSync(path.join(publicDir, DIVISION_PINYIN), JSON.stringify(divisionPinyinOfFile(path.join(root, 'geo/sources/admin-divisions.json'))));
  const episodes = files.get(`${GEO}/official/episodes.json`);
  if (episodes) fs.writeFileSync(path.join(publicDir, EPISODE_NAMES), JSON.stringify(episodeNames(episodes)));
  fs.writeFileSync(path.join(geoDir, 'index.json'), indexJson(files));
}

export function geoData(): Plugin {
  const override = process.env.ATLAS_OUTBREAKS_DIR ? path.resolve(process.env.ATLAS_OUTBREAKS_DIR) : null;
  const outbreaksDir = override ?? path.join(root, 'geo/outbreaks');
  const publicDir = override ? path.join(override, '.public') : PUBLIC_DIR;
  return {
    name: 'outbreak-atlas-geo-data',
    config(_config, { mode }) {
      // Unit tests load this config too; they read geo/ directly and need no public copy.
      if (mode === 'test') return undefined;
      if (override) {
        fs.rmSync(publicDir, { recursive: true, force: true });
        if (fs.existsSync(PUBLIC_DIR)) fs.cpSync(PUBLIC_DIR, publicDir, { recursive: true, filter: (source) => !source.startsWith(path.join(PUBLIC_DIR, GEO)) });
      }
      writePublicData(publicDir, outbreaksDir);
      return { publicDir };
    },
    configureServer(server) {
      const geoRoot = path.join(root, 'geo');
      server.watcher.add([geoRoot, outbreaksDir]);
      const onChange = (file: string) => {
        if (file.startsWith(geoRoot) || file.startsWith(outbreaksDir)) writePublicData(publicDir, outbreaksDir);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
