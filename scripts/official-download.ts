/**
 * `npm run -s official:download -- <episode id|all|episodes> --format csv|geojson [--out <dir>]`: writes the
 * analysts' files of src/official/downloads.ts into <dir> (default: the current directory) and prints their paths.
 * An episode: its areas with their intervals (csv or geojson); `all`: every interval of the record (csv);
 * `episodes`: the episodes table (csv). From geo/official/ alone. Bad arguments: a message on stderr, exit code 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AdminDivisions, type AdminDivision } from '../src/data/admin-divisions';
import { readJson } from '../src/node/geo-files';
import { loadOfficial, officialPath } from '../src/node/official-files';
import { assignUnits } from '../src/national/admin-units';
import { intervalsByArea } from '../src/official/area-records';
import { episodeCsv, episodeGeoJson, episodesCsv, recordIntervalsCsv, type DownloadFile } from '../src/official/downloads';
import { episodeAreas } from '../src/official/episode-areas';
import { episodeLines, officialEpisodesSchema } from '../src/official/episode-file';
import { dayNumber } from '../src/core/calendar-day';
import { EPISODES_FILE } from './lib/official-episodes';

function fail(message: string): never {
  console.error(`official:download: ${message}`);
  console.error('usage: npm run -s official:download -- <episode id|all|episodes> --format csv|geojson [--out <dir>]');
  process.exit(1);
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value`);
  args.splice(at, 2);
  return value;
};
const format = option('--format') ?? fail('--format csv|geojson is required');
const out = option('--out') ?? '.';
if (format !== 'csv' && format !== 'geojson') fail(`unknown format ${format} (csv or geojson)`);
if (args.length !== 1) fail('name one episode id, all, or episodes');
const [what] = args;

const episodesFile = officialEpisodesSchema.parse(JSON.parse(fs.readFileSync(officialPath(EPISODES_FILE), 'utf8')));
let files: DownloadFile[];
if (what === 'episodes' || what === 'all') {
  if (format !== 'csv') fail(`${what} is a table: only --format csv`);
  if (what === 'episodes') files = episodesCsv(episodeLines(episodesFile));
  else {
    const record = loadOfficial();
    files = recordIntervalsCsv(record.areas, record.intervals);
  }
} else {
  const episode = episodeLines(episodesFile).find((line) => line.id === what) ?? fail(`no episode ${what} (npm run -s official:outbreaks lists them)`);
  const record = loadOfficial();
  const divisions = new AdminDivisions(readJson<{ divisions: AdminDivision[] }>('geo/sources/admin-divisions.json').divisions);
  const { prefecture } = assignUnits(record.areas, divisions);
  const byArea = intervalsByArea(record.intervals);
  const rowOf = new Map(record.areas.map((a, row) => [a.id, row]));
  const unitOf = (id: number) => prefecture.units[prefecture.unitOfArea[rowOf.get(id) ?? -1]]?.key;
  const areas = episodeAreas({ adcode: episode.adcode, start: dayNumber(episode.start), end: dayNumber(episode.end) }, record.areas, unitOf, (id) => byArea.get(id) ?? []);
  files = format === 'csv' ? episodeCsv(episode, areas) : episodeGeoJson(episode, areas);
}
fs.mkdirSync(out, { recursive: true });
for (const file of files) {
  const target = path.join(out, file.name);
  fs.writeFileSync(target, file.text);
  console.log(target);
}
