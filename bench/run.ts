/**
 * `npm run bench`: synthetic data, core bench, production builds, browser bench (app vs Leaflet.TimeDimension,
 * first render), bundle sizes — all in one run so every comparison is a ratio measured on the same machine at the
 * same time. Prints a markdown table; writes bench/results/latest.json. `--quick` (1k/10k core, 2k features and
 * 90 days in the browser, writes quick.json) for a smoke run; `--no-browser` for core and bundle only;
 * `--national-only` for the national part alone (issue 15, writes national-only.json); `--review-only` for the
 * draft review with a 5,000-candidate draft alone (issue 21 item 11; `--review-25k` adds 25,000), whose figures
 * replace the `review` entry of results/latest.json and leave the rest of it as it was; `--views-only` for the
 * county band, the outbreak index and an episode view's step (issue 26 item 4), and `--export-only` for the
 * animation export (issue 25), each merged into results/latest.json the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { STATUS_COLOURS } from '../src/map/style';
import { dayNumber, isoOfDay } from '../src/core/calendar-day';
import type { OutbreakFile } from '../src/data/schema';
import { benchBrowser } from './browser';
import { buildApp, bundleSizes } from './build';
import { benchCore } from './core';
import { benchNational } from './national/index';
import { ensureSynthetic, SYNTHETIC_OUTBREAK_ID, YEAR_DAYS, YEAR_START } from './generate';
import { environment, judgeTargets, markdown, writeReport, type BenchReport } from './report';
import { benchExportOf } from './export-animation';
import { benchReview } from './review';
import { benchViews } from './views';
import { startStaticServer } from './static-server';
import { toTimeDimension } from './td-data';

const quick = process.argv.includes('--quick');
const skipBrowser = process.argv.includes('--no-browser');
/** Only the national part (issue 15), for alternating runs of two builds; writes results/national-only.json. */
const nationalOnly = process.argv.includes('--national-only');
const reviewOnly = process.argv.includes('--review-only');
const review25k = process.argv.includes('--review-25k');
const viewsOnly = process.argv.includes('--views-only');
const exportOnly = process.argv.includes('--export-only');
const CORE_SIZES = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const BROWSER_SIZE = quick ? 2_000 : 10_000;
const STEPS = quick ? 90 : YEAR_DAYS - 1;
const ROOT = path.resolve(import.meta.dirname, '..');
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const started = Date.now();

/** [south, west, north, east] of the features: what the app fits its map to, so the TD page shows the same view. */
function bounds(file: OutbreakFile): number[] {
  const b = [90, 180, -90, -180];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [lon, lat] = c as number[];
      b[0] = Math.min(b[0], lat); b[1] = Math.min(b[1], lon); b[2] = Math.max(b[2], lat); b[3] = Math.max(b[3], lon);
    } else for (const inner of c as unknown[]) visit(inner);
  };
  for (const f of file.features) visit(f.geometry.coordinates);
  return b;
}

if (reviewOnly) {
  const results = path.join(ROOT, 'bench/results/latest.json');
  const review = await benchReview(buildApp('app-real'), { log, big: review25k });
  const previous = JSON.parse(fs.readFileSync(results, 'utf8')) as BenchReport;
  fs.writeFileSync(results, `${JSON.stringify({ ...previous, review: { ...review, date: new Date().toISOString(), ...environment(null) } }, null, 2)}\n`);
  log(`wrote review to ${path.relative(ROOT, results)} in ${Math.round((Date.now() - started) / 1000)} s`);
  process.exit(0);
}

/** Writes one part's figures into results/latest.json, leaving every other entry as it was. */
function mergeIntoLatest(merge: (previous: BenchReport) => BenchReport): void {
  const results = path.join(ROOT, 'bench/results/latest.json');
  const previous = JSON.parse(fs.readFileSync(results, 'utf8')) as BenchReport;
  fs.writeFileSync(results, `${JSON.stringify(merge(previous), null, 2)}\n`);
  log(`merged into ${path.relative(ROOT, results)} in ${Math.round((Date.now() - started) / 1000)} s`);
}

if (viewsOnly || exportOnly) {
  const realDir = buildApp('app-real');
  const stamp = { date: new Date().toISOString(), ...environment(null) };
  const views = viewsOnly ? await benchViews(realDir, { county: true, log }) : null;
  const exported = exportOnly ? await benchExportOf(realDir) : null;
  if (exported) log(`export: Anyang ${exported.anyangWebm.ms} ms (${exported.anyangWebm.frames} frames), national November ${exported.national30Webm.ms} ms (${exported.national30Webm.frames} frames), compare ${exported.compareWebm.ms} ms (${exported.compareWebm.frames} frames)`);
  mergeIntoLatest((previous) => ({
    ...previous,
    ...(views && previous.national?.browser ? { national: { ...previous.national, browser: { ...previous.national.browser, county: { ...views.county!, ...stamp } as never } } } : {}),
    ...(views ? { outbreaks: { index: views.index, episode: views.episode, ...stamp } } : {}),
    ...(exported ? { export: { ...exported, ...stamp } } : {}),
  }));
  process.exit(0);
}

if (!nationalOnly) {
  for (const n of new Set([...CORE_SIZES, BROWSER_SIZE])) ensureSynthetic(n);
  log(`synthetic data ready (${[...new Set([...CORE_SIZES, BROWSER_SIZE])].join(', ')} features)`);
}

const core = nationalOnly ? [] : CORE_SIZES.map((n) => benchCore(n, log));

log('building the five-outbreak app and the synthetic one');
const realDir = buildApp('app-real');
const bundle = bundleSizes(realDir);
let browser: BenchReport['browser'] = null;
if (!skipBrowser && !nationalOnly) {
  const synthetic = ensureSynthetic(BROWSER_SIZE);
  const appDir = buildApp(`app-synthetic-${BROWSER_SIZE}`, synthetic.dir);
  const file = JSON.parse(fs.readFileSync(synthetic.file, 'utf8')) as OutbreakFile;
  const td = { ...toTimeDimension(file), colours: STATUS_COLOURS };
  const server = await startStaticServer({
    '/app/': appDir, '/real/': realDir, '/bare/': path.join(import.meta.dirname, 'bare'), '/td/': path.join(import.meta.dirname, 'timedimension'),
    '/vendor/leaflet/': path.join(ROOT, 'node_modules/leaflet/dist'),
    '/vendor/iso8601/': path.join(ROOT, 'node_modules/iso8601-js-period'),
    '/vendor/td/': path.join(ROOT, 'node_modules/leaflet-timedimension/dist'),
  }, { '/data/td.json': JSON.stringify(td) });
  try {
    const result = await benchBrowser({
      base: server.base,
      appUrl: `${server.base}app/?d=${YEAR_START}&o=${SYNTHETIC_OUTBREAK_ID}`,
      tdUrl: ({ width, height }) => `${server.base}td/?data=/data/td.json&w=${width}&h=${height}&bounds=${bounds(file).join(',')}`,
      realUrl: `${server.base}real/`,
      bareUrl: `${server.base}bare/`,
      steps: STEPS,
      expectedFinalDate: isoOfDay(dayNumber(YEAR_START) + STEPS),
      log,
    });
    browser = { ...result, n: BROWSER_SIZE };
  } finally {
    await server.stop();
  }
}

// The national view on the official record: the five-outbreak build serves it (?o=china). Not with --quick.
const national = quick ? null : await benchNational(realDir, { browser: !skipBrowser, log });
const review = skipBrowser || nationalOnly ? null : await benchReview(realDir, { log });
const views = skipBrowser || nationalOnly || quick ? null : await benchViews(realDir, { county: false, log });
const exported = skipBrowser || nationalOnly || quick ? null : await benchExportOf(realDir);

const report: BenchReport = {
  date: new Date().toISOString(), quick, ...environment(browser?.chromium ?? null),
  core, browser, bundle, national, review, outbreaks: views && { index: views.index, episode: views.episode }, export: exported, targets: judgeTargets(core, browser, bundle, national), durationSeconds: Math.round((Date.now() - started) / 1000),
};
const file = writeReport(report, nationalOnly ? 'national-only.json' : undefined);
console.log(markdown(report));
log(`wrote ${path.relative(ROOT, file)} in ${report.durationSeconds} s`);
