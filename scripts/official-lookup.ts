/**
 * `npm run -s official:lookup -- <text>`: one JSON object a line per official area whose address (or another
 * spelling of it) contains the text: {"key","address","precision","rule","lat","lon","flags","intervals"}; key is the
 * stable id of the app's links (sel=official:<key>), lat/lon WGS-84 or null, intervals [{first,last,level,count}]. From geo/official/ alone (no ../shared needed).
 * No text: a message on stderr, exit code 1. No area found: nothing printed, exit code 0.
 */
import { loadOfficial } from '../src/node/official-files';
import { areaLine, intervalsByArea, lookupAreas } from '../src/official/area-records';

const text = process.argv.slice(2).join(' ').trim();
if (text === '') {
  console.error('official:lookup: give a text to look for, e.g. npm run -s official:lookup -- 永顺镇');
  process.exit(1);
}
const record = loadOfficial();
const byArea = intervalsByArea(record.intervals);
const lines = lookupAreas(record.areas, text).map((area) => JSON.stringify(areaLine(area, byArea.get(area.id) ?? [])));
process.stdout.write(lines.map((line) => `${line}\n`).join(''));
