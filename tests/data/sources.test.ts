/**
 * The shipped gazetteer files (geo/sources/, public/basemap/) — what the tools and the browser read — not the
 * libraries that made them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { AdminDivision } from '../../src/data/admin-divisions';
import type { GeonamesRecord } from '../../src/data/gazetteer';
import { loadGazetteer, readJson, repoRoot } from '../../src/node/geo-files';

type Area = Feature<Polygon | MultiPolygon, { code: string; name: string; city: string; current?: boolean; prefectureCode?: string | null; label?: [number, number] }>;
const gazetteer = loadGazetteer();
const national = readJson<FeatureCollection<Polygon | MultiPolygon, Area['properties']>>('geo/sources/counties-china.geojson');
const browser = readJson<FeatureCollection<Polygon | MultiPolygon, Area['properties']>>('geo/sources/counties.geojson');
const { divisions } = readJson<{ divisions: AdminDivision[] }>('geo/sources/admin-divisions.json');
const geonames = readJson<GeonamesRecord[]>('geo/sources/geonames-china.json');
const byCode = new Map(divisions.map((d) => [d.code, d]));
const nationalByCode = new Map(national.features.map((f) => [f.properties.code, f]));

/** Equirectangular distance in degrees of latitude: enough to say which of two nearby points is closer. */
function distance(a: Position, b: Position): number {
  const dx = (a[0] - b[0]) * Math.cos((a[1] * Math.PI) / 180);
  return Math.hypot(dx, a[1] - b[1]);
}

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

describe('county polygons', () => {
  it('ship a polygon for every division flagged polygon:true, and only current codes as current', () => {
    for (const d of divisions.filter((x) => x.polygon)) expect(nationalByCode.has(d.code), `${d.code} ${d.name}`).toBe(true);
    for (const f of national.features.filter((x) => x.properties.current)) expect(byCode.get(f.properties.code)?.polygon, f.properties.code).toBe(true);
    expect(national.features).toHaveLength(2858);
  });

  it('keep each ring closed with at least four positions and no repeated consecutive vertex', () => {
    for (const f of national.features) {
      for (const ring of rings(f.geometry)) {
        expect(ring.length, f.properties.code).toBeGreaterThanOrEqual(4);
        expect(ring[0], f.properties.code).toEqual(ring[ring.length - 1]);
        expect(ring.slice(1).some((p, i) => p[0] === ring[i][0] && p[1] === ring[i][1]), f.properties.code).toBe(false);
      }
    }
  });

  it('give the browser exactly the national geometry of the five outbreak prefectures', () => {
    expect(browser.features).toHaveLength(40);
    for (const f of browser.features) expect(JSON.stringify(f)).toBe(JSON.stringify(nationalByCode.get(f.properties.code)));
    expect(new Set(browser.features.map((f) => f.properties.city))).toEqual(new Set(['安阳市', '淮南市', '菏泽市', '株洲市', '衢州市']));
  });

  it('name the current county: the old 株洲县 polygon is 渌口区 (430212)', () => {
    expect(nationalByCode.get('430212')?.properties).toMatchObject({ name: '渌口区', echartsName: '株洲县', echartsCode: '430221' });
    expect(gazetteer.countiesNamed('渌口区')).toHaveLength(1);
  });

  it('contain the converted AMap centre of most counties (the centre is the county seat)', () => {
    const centred = divisions.filter((d) => d.level === 'county' && d.polygon && d.centre);
    const inside = centred.filter((d) => booleanPointInPolygon(d.centre!, nationalByCode.get(d.code)!));
    expect(inside.length / centred.length).toBeGreaterThan(0.98);
  });

  it('place each GeoNames township seat of the curated data inside the polygon of its county', () => {
    const checks: Array<[number, string]> = [[1811229, '340421'], [1804873, '330824'], [1807744, '330824'], [1799495, '410527']];
    for (const [geonameId, code] of checks) {
      const record = gazetteer.geonames(geonameId)!;
      expect(booleanPointInPolygon([record.lon, record.lat], gazetteer.county(code)!), `${record.name} in ${code}`).toBe(true);
    }
  });
});

describe('datum', () => {
  // County seats GeoNames (WGS-84) names like the county, compared with the shipped centres of that county.
  const pairs = geonames.flatMap((record) => {
    const county = record.countyCode ? byCode.get(record.countyCode) : undefined;
    return county?.centre && county.centreGcj02 && record.zhNames.includes(county.name) ? [{ record, county }] : [];
  });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  it('shows the published centres shifted east of GeoNames (GCJ-02), and the converted ones not', () => {
    expect(pairs.length).toBeGreaterThan(300);
    const rawLon = median(pairs.map(({ record, county }) => county.centreGcj02![0] - record.lon));
    const convertedLon = median(pairs.map(({ record, county }) => county.centre![0] - record.lon));
    expect(rawLon).toBeGreaterThan(0.003);
    expect(Math.abs(convertedLon)).toBeLessThan(Math.abs(rawLon) / 4);
  });

  it('puts a converted county seat closer to its GeoNames point than the raw one, for most seats', () => {
    const closer = pairs.filter(({ record, county }) => distance([record.lon, record.lat], county.centre!) < distance([record.lon, record.lat], county.centreGcj02!));
    expect(closer.length / pairs.length).toBeGreaterThan(0.6);
  });
});

describe('GeoNames towns', () => {
  it('cover all China and keep the records the curated data names', () => {
    expect(geonames.length).toBeGreaterThan(15000);
    for (const id of [1785294, 1797264, 1811229, 1808198, 1807744, 1804873]) expect(gazetteer.geonames(id), String(id)).toBeDefined();
  });

  it('map a record to a prefecture and a county only where admin2 or the polygon says so', () => {
    const anyang = geonames.find((r) => r.geonameId === 1799495)!;
    expect(anyang).toMatchObject({ prefectureCode: '410500', countyCode: '410527', city: '安阳市' });
    const prefectureOf = (d: AdminDivision) => (d.level === 'prefecture' ? d.code : byCode.get(d.parent ?? '')?.level === 'province' && !['110000', '120000', '310000', '500000'].includes(d.parent!) ? undefined : d.parent);
    for (const r of geonames.filter((x) => x.countyCode)) expect(prefectureOf(byCode.get(r.countyCode!)!), String(r.geonameId)).toBe(r.prefectureCode);
    expect(geonames.filter((r) => r.countyCode).length / geonames.length).toBeGreaterThan(0.95);
  });
});

describe('offline basemap (public/basemap)', () => {
  const dir = path.join(repoRoot, 'public', 'basemap');
  const provinces = readJson<FeatureCollection<Polygon | MultiPolygon, Area['properties'] & { nameEn: string; level: string }>>('public/basemap/provinces.geojson');
  const prefectures = readJson<FeatureCollection<Polygon | MultiPolygon, Area['properties'] & { nameEn: string; level: string }>>('public/basemap/prefectures.geojson');

  it('has every province and prefecture, with pinyin names and a label point inside the shape', () => {
    const listed = new Set(provinces.features.map((f) => f.properties.code));
    for (const d of divisions.filter((x) => x.level === 'province')) expect(listed.has(d.code), d.name).toBe(true);
    const prefectureCodes = new Set(prefectures.features.map((f) => f.properties.code));
    const withPolygon = divisions.filter((d) => d.level === 'prefecture' && national.features.some((f) => f.properties.prefectureCode === d.code));
    for (const d of withPolygon) expect(prefectureCodes.has(d.code), d.name).toBe(true);
    for (const f of [...provinces.features, ...prefectures.features]) {
      expect(f.properties.nameEn, f.properties.code).toMatch(/^[A-Z]/);
      expect(booleanPointInPolygon(f.properties.label!, f), `${f.properties.name} label`).toBe(true);
    }
    expect(provinces.features.find((f) => f.properties.code === '410000')?.properties.nameEn).toBe('Henan Sheng');
  });

  it('splits counties into one file per province, small enough to load on zoom', () => {
    const files = fs.readdirSync(path.join(dir, 'counties'));
    expect(files).toHaveLength(31);
    const total = files.reduce((n, f) => n + readJson<FeatureCollection>(`public/basemap/counties/${f}`).features.length, 0);
    expect(total).toBe(national.features.length);
    for (const f of files) expect(fs.statSync(path.join(dir, 'counties', f)).size, f).toBeLessThan(600_000);
  });
});
