/**
 * `npm run -s official:count -- 2021-08-10 2022-12-01 …`: one JSON line per date with the official entries in force
 * nationally that day, answered from geo/official/ alone (no ../shared needed). Only the years asked are decoded.
 * Bad input: a message per bad date on stderr, nothing on stdout, exit code 1.
 */
import { checkDates, countLine, yearsOf } from '../src/official/count';
import { concatIntervalColumns } from '../src/official/columns';
import { OfficialDayIndex } from '../src/official/day-index';
import { coverageOf, decodeChunk } from '../src/official/decode';
import { readOfficialChunks, readOfficialMeta } from '../src/node/official-files';

const check = checkDates(process.argv.slice(2));
if (!check.ok) {
  for (const error of check.errors) console.error(`official:count: ${error}`);
  process.exit(1);
}
const meta = readOfficialMeta();
const years = readOfficialChunks(meta, yearsOf(check.days)).map(decodeChunk);
const index = new OfficialDayIndex(concatIntervalColumns(years.map((y) => y.intervals)), coverageOf(meta), meta.totals.areas);
process.stdout.write(check.days.map((day) => `${JSON.stringify(countLine(index, day))}\n`).join(''));
