/**
 * `npm run -s official:download` and `official:lookup` answer from geo/official/ alone, and GDAL's ogrinfo reads
 * each download with typed fields (CSV through its .csvt sidecar). Without ogrinfo the GDAL checks are skipped with
 * the reason shown.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { areaKeyOfAddress } from '../../src/official/area-key';

const env = { ...process.env, ATLAS_SHARED_DIR: '/nonexistent-shared' };
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-download-'));
const download = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/official-download.ts', ...args, '--out', out], { encoding: 'utf8', env });
const hasOgr = spawnSync('ogrinfo', ['--version'], { encoding: 'utf8' }).status === 0;
const SKIP_REASON = 'skipped: GDAL ogrinfo not installed (apt-get install gdal-bin)';
if (!hasOgr) console.log(SKIP_REASON);

/** Field name → OGR type, as `ogrinfo -al -so` lists them. */
function ogrFields(file: string): Record<string, string> {
  const result = spawnSync('ogrinfo', ['-al', '-so', file], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return Object.fromEntries([...result.stdout.matchAll(/^(\w+): (\w+) \(/gmu)].map((m) => [m[1], m[2]]));
}

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('npm run -s official:download', { timeout: 90_000 }, () => {
  it('writes an episode as CSV (with .csvt and credit) and as GeoJSON, typed for GDAL', (ctx) => {
    const csv = download('610100-20211215', '--format', 'csv');
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout.trim().split('\n').map((p) => path.basename(p))).toEqual(['official-episode-610100-20211215.csv', 'official-episode-610100-20211215.csvt', 'official-episode-610100-20211215.txt']);
    const geojson = download('610100-20211215', '--format', 'geojson');
    expect(geojson.status, geojson.stderr).toBe(0);
    ctx.skip(!hasOgr, SKIP_REASON);
    const types = { area_key: 'String', address: 'String', first: 'Date', last: 'Date', high_days: 'Integer', medium_days: 'Integer' };
    expect(ogrFields(path.join(out, 'official-episode-610100-20211215.csv'))).toMatchObject({ ...types, lon: 'Real', lat: 'Real' });
    expect(ogrFields(path.join(out, 'official-episode-610100-20211215.geojson'))).toMatchObject(types);
  });

  it('writes the episodes table and the whole record as intervals, typed for GDAL', (ctx) => {
    expect(download('episodes', '--format', 'csv').status).toBe(0);
    expect(download('all', '--format', 'csv').status).toBe(0);
    const lines = fs.readFileSync(path.join(out, 'official-intervals.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 190_304);
    ctx.skip(!hasOgr, SKIP_REASON);
    expect(ogrFields(path.join(out, 'official-episodes.csv'))).toEqual({ id: 'String', province: 'String', unit: 'String', adcode: 'String', start: 'Date', end: 'Date', peak: 'Integer', peakDay: 'Date', areaDays: 'Integer' });
    expect(ogrFields(path.join(out, 'official-intervals.csv'))).toMatchObject({ area_key: 'String', level: 'String', first: 'Date', last: 'Date', days: 'Integer', entries: 'Integer', lon: 'Real', lat: 'Real' });
  });

  it('refuses an unknown episode or a table as GeoJSON: message on stderr, exit 1', () => {
    expect(download('999999-20200101', '--format', 'csv')).toMatchObject({ status: 1, stdout: '' });
    const table = download('episodes', '--format', 'geojson');
    expect(table.status).toBe(1);
    expect(table.stderr).toContain('only --format csv');
  });
});

describe('npm run -s official:lookup', { timeout: 30_000 }, () => {
  it('prints each area whose address contains the text, with its intervals', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/official-lookup.ts', '汤阴县古贤镇大朱庄村'], { encoding: 'utf8', env });
    expect(result.status, result.stderr).toBe(0);
    const [line] = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(Object.keys(line)).toEqual(['key', 'address', 'precision', 'rule', 'lat', 'lon', 'flags', 'intervals']);
    expect(line).toMatchObject({ key: areaKeyOfAddress('河南省安阳市汤阴县古贤镇大朱庄村'), address: '河南省安阳市汤阴县古贤镇大朱庄村', precision: 'village', intervals: [{ first: '2022-01-10', last: '2022-01-11', level: 'high', count: 1 }] });
  });
});
