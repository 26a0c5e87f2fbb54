/**
 * Node-side reading of ../shared/official-risk-areas/ (or $ATLAS_SHARED_DIR/official-risk-areas/) into the pure
 * builder's input. Which file gives a day's list of one level: the point file `points/YYYYMMDD_{h,m}.geojson`
 * when it exists, else the published list `lists-2022/YYYYMMDD.json` (high → highlist, medium → middlelist),
 * whose entries are spelled like the point files' full_address: province + city + county + community (on
 * 2022-11-24, the last day with both, all 20,102 high entries built this way equal a point file address).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DailyList, ListEntry } from '../../src/official/build';
import { repoRoot } from '../../src/node/geo-files';

export function sharedDir(): string {
  return path.resolve(repoRoot, process.env.ATLAS_SHARED_DIR ?? '../shared');
}

export function officialSourceDir(): string {
  return path.join(sharedDir(), 'official-risk-areas');
}

interface PointFile {
  features: Array<{ geometry: { coordinates: [number, number] }; properties: { full_address: string } }>;
}

interface PublishedGroup {
  province: string;
  city: string;
  county: string;
  communitys: string[];
}

interface PublishedList {
  data: { hcount: number; mcount: number; highlist: PublishedGroup[]; middlelist: PublishedGroup[] };
}

const isoOf = (compact: string) => `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

function pointEntries(file: string): ListEntry[] {
  return readJson<PointFile>(file).features.map((f) => ({
    address: f.properties.full_address,
    gcj02: [f.geometry.coordinates[0], f.geometry.coordinates[1]] as const,
  }));
}

function publishedEntries(groups: PublishedGroup[]): ListEntry[] {
  return groups.flatMap((g) => g.communitys.map((community) => ({ address: `${g.province}${g.city}${g.county}${community}` })));
}

export interface OfficialSources {
  lists: DailyList[];
  published: Array<{ date: string; high: number; medium: number }>;
}

export function readOfficialSources(dir = officialSourceDir()): OfficialSources {
  if (!fs.existsSync(dir)) throw new Error(`official lists not found at ${dir} (set ATLAS_SHARED_DIR to the shared folder)`);
  const pointFiles = new Set(fs.readdirSync(path.join(dir, 'points')).filter((f) => /^\d{8}_[hm]\.geojson$/.test(f)));
  const listFiles = new Set(fs.readdirSync(path.join(dir, 'lists-2022')).filter((f) => /^\d{8}\.json$/.test(f)));
  const dates = new Set([...pointFiles].map((f) => f.slice(0, 8)).concat([...listFiles].map((f) => f.slice(0, 8))));
  const lists: DailyList[] = [];
  const published: OfficialSources['published'] = [];
  for (const compact of [...dates].sort()) {
    const date = isoOf(compact);
    const listName = `${compact}.json`;
    const list = listFiles.has(listName) ? readJson<PublishedList>(path.join(dir, 'lists-2022', listName)).data : undefined;
    if (list) published.push({ date, high: list.hcount, medium: list.mcount });
    for (const [level, suffix, groups] of [['high', 'h', list?.highlist], ['medium', 'm', list?.middlelist]] as const) {
      const pointName = `${compact}_${suffix}.geojson`;
      if (pointFiles.has(pointName)) lists.push({ date, level, file: `points/${pointName}`, entries: pointEntries(path.join(dir, 'points', pointName)) });
      else if (groups) lists.push({ date, level, file: `lists-2022/${listName}`, entries: publishedEntries(groups) });
    }
  }
  return { lists, published };
}
