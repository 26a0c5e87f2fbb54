/**
 * `npm run bench:official`: what the national view downloads and how long Chromium takes to make it usable.
 * Bundles the pure decoder and day index (src/official/) with Vite into one script, serves geo/official/ from
 * the bench's static server, and in Debian Chromium (headless, no GPU) times per year file, median of 5:
 * fetch (`response.text()`, localhost), JSON.parse, decodeChunk, and the day index build. Prints a table and writes
 * bench/results/official-parse.json. Timings are for this 2-core machine and drift ±20 %: not a test.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startStaticServer } from './static-server';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(import.meta.dirname, '.dist', 'official-parse');
const RUNS = 5;

const entry = path.join(OUT, 'entry.ts');
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(entry, [
  `import { decodeChunk, coverageOf } from '${path.join(ROOT, 'src/official/decode')}';`,
  `import { OfficialDayIndex } from '${path.join(ROOT, 'src/official/day-index')}';`,
  'Object.assign(globalThis, { atlasOfficial: { decodeChunk, coverageOf, OfficialDayIndex } });',
].join('\n'));
await build({
  configFile: false, logLevel: 'error', root: OUT,
  build: { outDir: OUT, emptyOutDir: false, lib: { entry, formats: ['iife'], name: 'atlasOfficialBundle', fileName: () => 'official.js' } },
});
fs.writeFileSync(path.join(OUT, 'index.html'), '<!doctype html><meta charset="utf-8"><script src="official.js"></script>');

const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'geo/official/meta.json'), 'utf8')) as { chunks: Array<{ year: number; file: string }> };
const files = ['meta.json', ...meta.chunks.map((c) => c.file)];
const sizes = files.map((file) => {
  const bytes = fs.readFileSync(path.join(ROOT, 'geo/official', file));
  return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
});

const server = await startStaticServer({ '/bench/': OUT, '/geo/official/': path.join(ROOT, 'geo/official') });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`${server.base}bench/`);
const version = browser.version();

interface Timing { fetchMs: number; parseMs: number; decodeMs: number; indexMs: number; areas: number; intervals: number }
const results: Record<string, Timing[]> = {};
for (let run = 0; run < RUNS; run += 1) {
  for (const { year, file } of meta.chunks) {
    const timing = await page.evaluate(async ({ file }) => {
      const api = (globalThis as unknown as { atlasOfficial: { decodeChunk: (c: unknown) => { size: number; intervals: { length: number } }; coverageOf: (m: unknown) => unknown[]; OfficialDayIndex: new (i: unknown, c: unknown[], n: number) => unknown } }).atlasOfficial;
      const metaJson = await (await fetch('../geo/official/meta.json', { cache: 'no-store' })).json() as { totals: { areas: number } };
      const t0 = performance.now();
      const text = await (await fetch(`../geo/official/${file}`, { cache: 'no-store' })).text();
      const tFetched = performance.now();
      const json = JSON.parse(text);
      const t1 = performance.now();
      const chunk = api.decodeChunk(json);
      const t2 = performance.now();
      new api.OfficialDayIndex(chunk.intervals, api.coverageOf(metaJson), metaJson.totals.areas);
      const t3 = performance.now();
      return { fetchMs: tFetched - t0, parseMs: t1 - tFetched, decodeMs: t2 - t1, indexMs: t3 - t2, areas: chunk.size, intervals: chunk.intervals.length };
    }, { file });
    (results[year] ??= []).push(timing);
  }
}
await browser.close();
await server.stop();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = meta.chunks.map(({ year, file }) => {
  const runs = results[year];
  const size = sizes.find((s) => s.file === file);
  const total = median(runs.map((r) => r.fetchMs + r.parseMs + r.decodeMs + r.indexMs));
  return { year, file, rawBytes: size?.raw, gzipBytes: size?.gzip, areas: runs[0].areas, intervals: runs[0].intervals,
    fetchMs: median(runs.map((r) => r.fetchMs)), parseMs: median(runs.map((r) => r.parseMs)), decodeMs: median(runs.map((r) => r.decodeMs)), indexMs: median(runs.map((r) => r.indexMs)), totalMs: total };
}); 
const all = { raw: sizes.reduce((n, s) => n + s.raw, 0), gzip: sizes.reduce((n, s) => n + s.gzip, 0) };
console.log(`Chromium ${version}, median of ${RUNS}`);
console.log('| year | areas | intervals | raw | gzip | fetch (text) | JSON.parse | decode | day index | total |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.year} | ${r.areas.toLocaleString('en')} | ${r.intervals.toLocaleString('en')} | ${((r.rawBytes ?? 0) / 1e6).toFixed(2)} MB | ${((r.gzipBytes ?? 0) / 1e6).toFixed(2)} MB | ${r.fetchMs.toFixed(0)} ms | ${r.parseMs.toFixed(0)} ms | ${r.decodeMs.toFixed(0)} ms | ${r.indexMs.toFixed(0)} ms | ${r.totalMs.toFixed(0)} ms |`);
}
console.log(`all files (meta.json + years): ${(all.raw / 1e6).toFixed(2)} MB raw, ${(all.gzip / 1e6).toFixed(2)} MB gzip`);
fs.mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
fs.writeFileSync(path.join(import.meta.dirname, 'results', 'official-parse.json'), `${JSON.stringify({ chromium: version, runs: RUNS, sizes, all, rows }, null, 2)}\n`);
