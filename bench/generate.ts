/**
 * Seeded synthetic outbreak data in the project's own contract (`outbreakFileSchema`), for the bench only.
 * N features over one year in a province-sized box (lon 110–116, lat 31–36), 1–6 events each, with a mix of
 * kinds, precisions and status sequences like the curated files. The places are made up and say so: ids
 * `synthetic-000001`, names 合成点…, admin codes `admin:99xxxx` (no real county has a 99 prefix). They would fail
 * the validator's point-in-county check, so they are written to bench/.data/ (git-ignored), never to geo/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../tests/support/seeded-random';
import { outbreakFileSchema, type Kind, type OutbreakFeature, type OutbreakFile, type Precision, type Status } from '../src/data/schema';
import { dayNumber, isoOfDay } from '../src/core/calendar-day';

/** Bump when the generated data changes, so cached files in bench/.data/ are rebuilt. */
const GENERATOR_VERSION = 1;
export const SYNTHETIC_OUTBREAK_ID = 'synthetic';
export const YEAR_START = '2022-01-01';
export const YEAR_DAYS = 365;
const BOX = { west: 110, east: 116, south: 31, north: 36 };
const DATA_ROOT = path.resolve(import.meta.dirname, '.data');

type Random = () => number;

/** Weighted choice; weights need not sum to 1. */
function pick<T>(random: Random, table: ReadonlyArray<readonly [T, number]>): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, weight] of table) {
    r -= weight;
    if (r < 0) return value;
  }
  return table[table.length - 1][0];
}

// Roughly the proportions of the curated reports: mostly risk areas, a few sites, rare whole-county/city controls.
const KIND_MIX: ReadonlyArray<readonly [Kind, number]> = [
  ['risk-area', 72], ['quarantine-site', 5], ['checkpoint', 5], ['testing-site', 5], ['hospital', 2],
  ['makeshift-hospital', 1], ['vaccination-site', 2], ['service-point', 2], ['command-post', 1], ['transport', 2],
  ['county-control', 2.5], ['city-control', 0.5],
];
const POINT_PRECISIONS: ReadonlyArray<readonly [Precision, number]> = [['exact', 25], ['neighbourhood', 30], ['village', 30], ['township', 15]];

/** Statuses a place of this kind takes while under a measure, and the ones that end it. */
function statusFamily(kind: Kind): { active: ReadonlyArray<readonly [Status, number]>; ending: ReadonlyArray<readonly [Status, number]> } {
  switch (kind) {
    case 'risk-area':
      return {
        active: [['high-risk', 30], ['medium-risk', 25], ['sealed', 15], ['controlled', 15], ['precaution', 8], ['first-case', 4], ['reported', 3]],
        ending: [['low-risk', 60], ['lifted', 40]],
      };
    case 'county-control': return { active: [['regional-control', 50], ['lockdown', 30], ['controlled', 20]], ending: [['lifted', 1]] };
    case 'city-control': return { active: [['lockdown', 50], ['precaution', 25], ['regional-control', 25]], ending: [['lifted', 1]] };
    case 'transport': return { active: [['suspended', 1]], ending: [['resumed', 1]] };
    default: return { active: [['opened', 50], ['in-use', 50]], ending: [['closed', 1]] };
  }
}

/** 1–6 events on strictly increasing days of the year; a measure can end and be imposed again. */
function events(random: Random, kind: Kind): OutbreakFeature['properties']['events'] {
  const count = pick(random, [[1, 15], [2, 30], [3, 25], [4, 15], [5, 10], [6, 5]] as const);
  const family = statusFamily(kind);
  const result: OutbreakFeature['properties']['events'] = [];
  let day = Math.floor(random() * YEAR_DAYS);
  let ended = false;
  for (let i = 0; i < count && day < YEAR_DAYS; i += 1) {
    const last = i === count - 1;
    const end: boolean = i > 0 && !ended && (last ? random() < 0.7 : random() < 0.4);
    const status = end ? pick(random, family.ending) : pick(random, family.active);
    result.push({ date: isoOfDay(dayNumber(YEAR_START) + day), status, quote: '合成数据,非真实报道。' });
    ended = end;
    day += 1 + Math.floor(random() * random() * 45);
  }
  return result;
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

/** Jittered hexagon around a centre: a stand-in for a county or city outline. */
function hexagon(random: Random, lon: number, lat: number, radius: number): [number, number][] {
  const ring: [number, number][] = [];
  for (let i = 0; i < 6; i += 1) {
    const angle = (Math.PI / 3) * i;
    const r = radius * (0.8 + 0.4 * random());
    ring.push([round(lon + r * Math.cos(angle)), round(lat + r * 0.8 * Math.sin(angle))]);
  }
  ring.push(ring[0]);
  return ring;
}

interface Place { lon: number; lat: number; source: string }

/** Synthetic admin cells (0.5° grid) and shared village/township points, so coarse points share uncertainty circles. */
function places(random: Random, n: number) {
  const uniform = (): [number, number] => [BOX.west + random() * (BOX.east - BOX.west), BOX.south + random() * (BOX.north - BOX.south)];
  const cellCode = (lon: number, lat: number) => {
    const col = Math.min(11, Math.floor((lon - BOX.west) / 0.5));
    const row = Math.min(9, Math.floor((lat - BOX.south) / 0.5));
    return `admin:99${String(row * 12 + col + 1).padStart(4, '0')}`;
  };
  const pool = (size: number, idBase: number): Place[] => Array.from({ length: size }, (_, i) => {
    const [lon, lat] = uniform();
    return { lon, lat, source: `geonames:${idBase + i}` };
  });
  return { uniform, cellCode, villages: pool(Math.max(20, Math.floor(n / 6)), 91_000_000), townships: pool(Math.max(10, Math.floor(n / 40)), 92_000_000) };
}

export function generateSynthetic(n: number, seed = 20220101): OutbreakFile {
  const random = seededRandom(seed);
  const where = places(random, n);
  const features: OutbreakFeature[] = [];
  for (let i = 1; i <= n; i += 1) {
    const number = String(i).padStart(6, '0');
    const kind = pick(random, KIND_MIX);
    const [lon, lat] = where.uniform();
    let geometry: OutbreakFeature['geometry'];
    let precision: Precision;
    let source: string;
    if (kind === 'county-control' || kind === 'city-control') {
      precision = kind === 'city-control' ? 'city' : 'county';
      geometry = { type: 'Polygon', coordinates: [hexagon(random, lon, lat, precision === 'city' ? 0.6 : 0.2)] };
      source = where.cellCode(lon, lat);
    } else {
      precision = pick(random, POINT_PRECISIONS);
      const shared = precision === 'village' ? where.villages : precision === 'township' ? where.townships : null;
      const place = shared ? shared[Math.floor(random() * shared.length)] : { lon, lat, source: where.cellCode(lon, lat) };
      geometry = { type: 'Point', coordinates: [round(place.lon), round(place.lat)] };
      source = place.source;
    }
    features.push({
      type: 'Feature',
      geometry,
      properties: {
        id: `synthetic-${number}`, name: `合成点${number}`, nameEn: `Synthetic place ${number}`, kind, precision,
        admin: { county: `合成县${source.slice(-4)}` }, geometrySource: source, events: events(random, kind),
      },
    });
  }
  return {
    type: 'FeatureCollection',
    outbreak: {
      id: SYNTHETIC_OUTBREAK_ID, title: '合成数据', titleEn: 'Synthetic benchmark data', province: '合成省', city: '合成市',
      report: 'geo/reports/synthetic.txt', source: '999_0000000000000000.txt',
      period: { start: YEAR_START, end: isoOfDay(dayNumber(YEAR_START) + YEAR_DAYS - 1) },
      yearBasis: 'stated', yearEvidence: { zh: '由 bench/generate.ts 生成，不出自任何报道。', en: 'Generated by bench/generate.ts; not from any report.' },
      notes: [{ zh: '合成的基准测试数据：地点和事件都是编造的，并非真实。', en: 'Synthetic benchmark data: made-up places and events, not real.' }],
    },
    features,
  };
}

/**
 * Path of the folder holding `synthetic.geojson` for N features (usable as ATLAS_OUTBREAKS_DIR), written once
 * and reused; the data is checked against the schema when written.
 */
export function ensureSynthetic(n: number, seed = 20220101): { dir: string; file: string } {
  const dir = path.join(DATA_ROOT, `synthetic-${n}-s${seed}-v${GENERATOR_VERSION}`);
  const file = path.join(dir, 'synthetic.geojson');
  if (!fs.existsSync(file)) {
    const data = generateSynthetic(n, seed);
    const parsed = outbreakFileSchema.safeParse(data);
    if (!parsed.success) throw new Error(`synthetic data breaks the schema: ${JSON.stringify(parsed.error.issues[0])}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(data));
    fs.renameSync(`${file}.tmp`, file);
  }
  return { dir, file };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const arg of process.argv.slice(2)) console.log(ensureSynthetic(Number(arg)).file);
}
