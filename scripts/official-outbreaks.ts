/**
 * `npm run -s official:outbreaks`: the outbreak episodes of the official record (src/official/episodes.ts), one JSON
 * object a line: {"id","province","unit","adcode","start","end","peak","peakDay","areaDays"}, from
 * geo/official/episodes.json alone (no ../shared needed).
 */
import fs from 'node:fs';
import { officialPath } from '../src/node/official-files';
import { episodeLines, officialEpisodesSchema } from '../src/official/episode-file';
import { EPISODES_FILE } from './lib/official-episodes';

const file = officialEpisodesSchema.parse(JSON.parse(fs.readFileSync(officialPath(EPISODES_FILE), 'utf8')));
process.stdout.write(episodeLines(file).map((line) => `${JSON.stringify(line)}\n`).join(''));
