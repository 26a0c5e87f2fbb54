/**
 * Loading the national record (the steps and their order: useNationalData.ts): meta.json, the divisions, their
 * pinyin and the outlines' label points, the early counts, then the year files decoded in a worker. Its own chunk,
 * imported when a view first asks for the record.
 */
import { AdminDivisions, type AdminDivision } from '../../data/admin-divisions';
import { PinyinLookup, pinyinTableOf, type DivisionPinyinFile } from '../../data/pinyin-name';
import { loadOutlines, type Outlines } from '../../map/national/basemap-data';
import { assignUnits } from '../../national/admin-units';
import { AreaTimeline } from '../../national/area-timeline';
import { NationalRecord, type DayTotals } from '../../national/record';
import { coverageOf, OfficialYear } from '../../official/decode';
import { asUnitDays, unitsOfFile } from '../../national/unit-days';
import { officialMetaSchema, type OfficialUnitDays } from '../../official/schema';
import { dayNumber } from '../../core/calendar-day';
import { provincesWithCountiesWithoutCentre } from './national-glue';
import { markLatest } from '../../map/user-timing';
import { decodeYearsInWorker } from './official-years-client';
import type { EarlyCounts, NationalLoad } from './useNationalData';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function json(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The early counts, or null when the file does not fit the gazetteer (then the map waits for the record). */
function earlyCounts(file: OfficialUnitDays, divisions: AdminDivisions, pinyin: PinyinLookup, labels: ReadonlyMap<string, [number, number]>): EarlyCounts | null {
  const byCode = (code: string) => divisions.byCode(code);
  const [province, prefecture, county] = [unitsOfFile(file, 'province', byCode), unitsOfFile(file, 'prefecture', byCode), unitsOfFile(file, 'county', byCode)];
  return province && prefecture && county ? { file, units: { province, prefecture, county }, divisions, pinyin, labels } : null;
}

/** Loads the record, telling `publish` each step; rejects on a failure (the caller publishes the error). */
export async function loadNational(baseUrl: string, publish: (load: NationalLoad) => void): Promise<void> {
  const meta = officialMetaSchema.parse(await json(`${baseUrl}geo/official/meta.json`));
  const totals: DayTotals = { high: meta.high, medium: meta.medium };
  const total = meta.chunks.length + 1;
  let done = 0;
  let early: EarlyCounts | null = null;
  const progress = () => publish({ status: 'loading', done, total, meta, totals, early });
  progress();
  const divisionsJson = json(`${baseUrl}geo/sources/admin-divisions.json`).then((value) => {
    done += 1;
    progress();
    return value as { divisions: AdminDivision[] };
  });
  // The pinyin of the divisions' names (geo/division-pinyin.json, 15 kB gzip) is written at build time, so no pinyin
  // dictionary ships to the browser; its `names` follow admin-divisions.json's order.
  const pinyinJson = json(`${baseUrl}geo/division-pinyin.json`) as Promise<DivisionPinyinFile>;
  // Circles of provinces and prefectures sit at the basemap's label points, inside their outlines.
  const outlinesLoaded = Promise.all([loadOutlines('provinces', baseUrl), loadOutlines('prefectures', baseUrl)]);
  // The early counts only bring the first frame forward: without them (missing, malformed, not fitting the
  // gazetteer) the map draws once the record is in. Caught here, so a failure is never an unhandled rejection.
  const unitDays = json(`${baseUrl}geo/official/unit-days.json`).then(asUnitDays).catch(() => null);
  const [{ divisions: divisionList }, outlines, pinyinFile] = await Promise.all([divisionsJson, outlinesLoaded, pinyinJson]);
  const pinyin = new PinyinLookup(pinyinTableOf(divisionList, pinyinFile));
  const labelsOf = (o: Outlines) => o.features.map((f) => [f.properties.code, f.properties.label] as [string, [number, number]]);
  const labels = new Map(outlines.flatMap(labelsOf));
  const divisions = new AdminDivisions(divisionList);
  // Counties with a polygon but no centre get their outline's label point (asked for now, waited for with the record).
  const countyLabels = Promise.all(provincesWithCountiesWithoutCentre(divisionList).map((code) => loadOutlines(`counties/${code}`, baseUrl).then(labelsOf, () => [])));
  const file = await unitDays;
  early = file ? earlyCounts(file, divisions, pinyin, labels) : null;
  if (early) progress();
  const data = await decodeYearsInWorker(meta.chunks.map((chunk) => `${baseUrl}geo/official/${chunk.file}`), () => {
    done += 1;
    progress();
  });
  // What is left on the main thread is split into tasks, so a slider step waits for one of them, not for all.
  await nextTask();
  const years = data.map((year) => new OfficialYear(year));
  const record = new NationalRecord(meta.totals.areas, years, dayNumber(meta.firstDate), dayNumber(meta.lastDate), totals, coverageOf(meta));
  await nextTask();
  const units = assignUnits(record.admins(), divisions);
  await nextTask();
  // The map's day model is built from it in the render that shows the record; built here, that render is shorter.
  const timeline = new AreaTimeline(record.areaCount, record.intervals);
  await nextTask();
  const readyLabels = new Map([...(await countyLabels).flat().filter(([code]) => !divisions.byCode(code)?.centre), ...labels]);
  publish({ status: 'ready', record, timeline, divisions, divisionList, pinyin, units, labels: readyLabels });
  // For the bench: when the single areas are in (the map draws them in the frame after). No DOM is written.
  markLatest('atlas:national-areas', { areas: record.areaCount });
}

