/**
 * The national part of `npm run bench` (issue 15), on the shipped official record and the five-outbreak build:
 * core (Node: the day indexes against the naive re-evaluation), then in Chromium the first national frame and its
 * download, the keyboard scrub at country and at city zoom, and the two peers on the same days at country zoom:
 * Leaflet.TimeDimension and the per-day rebuild of CovidRiskAreaMap's design. Written under `national` in
 * bench/results/latest.json; see bench/README.md.
 */
import path from 'node:path';
import { STATUS_COLOURS } from '../../src/map/style';
import { dayNumber, isoOfDay } from '../../src/core/calendar-day';
import { startStaticServer } from '../static-server';
import { summarise } from '../stats';
import { firstNationalFrame, launchBrowser, scrubNational, scrubPeer, type AppScrub, type FirstFrame, type NationalScrub } from './browser';
import { benchNationalCore, type NationalCore } from './core';
import { DAYS_DIR, peerData } from './peers-data';
import { compactDate, loadBenchRecord, WINDOW_FIRST, WINDOW_LAST, windowDays } from './record';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The national view's country fit (src/ui/national/NationalView.tsx CHINA_BOUNDS): the peers fit the same box. */
const CHINA_BOUNDS = '18.1,73.4,53.6,135.1';
/** City zoom: 北京 (Beijing's centre), zoom 11: areas on every day of the window, up to ~9,000 in view in late November. */
export const CITY = { name: '北京 Beijing', zoom: 11, lat: 39.9042, lon: 116.4074 };
/**
 * The other zoom bands, each on the densest place of its busiest days: province zoom (z6, circles per prefecture)
 * over 上海 Shanghai in April 2022, county zoom (z8, circles per county) over 广州 Guangzhou in November 2022.
 */
export const PROVINCE = { name: '上海 Shanghai', zoom: 6, lat: 31.2304, lon: 121.4737, first: '2022-04-01', last: '2022-04-30' };
export const COUNTY = { name: '广州 Guangzhou', zoom: 8, lat: 23.1291, lon: 113.2644, first: '2022-11-01', last: '2022-11-30' };

type PeerScrub = NationalScrub & { heapMB: number };

export interface NationalResult {
  window: { first: string; last: string; steps: number };
  data: { gzipBytes: number; rawBytes: number; files: FirstFrame['files'] };
  load: {
    firstFrameMs: number; runs: number[]; fcpMs: number; responseEnd: FirstFrame['responseEnd'];
    /** Medians of the same loads: all single areas in, the longest main-thread task until then, the longest input delay of a slider step sent meanwhile. */
    allAreasMs: number; longTaskMaxMs: number; inputDelayMs: number;
    perRun: { allAreas: number[]; longTaskMax: number[]; inputDelay: number[]; inputSteps: number[] };
  };
  browser: {
    country: AppScrub;
    city: AppScrub & { place: string };
    /** Province zoom (z6) and county zoom (z8) on their own windows; null when a scrub failed (its error is kept). */
    province: (AppScrub & { place: string; first: string; last: string }) | { place: string; error: string };
    county: (AppScrub & { place: string; first: string; last: string }) | { place: string; error: string };
    timeDimension: PeerScrub & { tdFeatures: number };
    perDayRebuild: PeerScrub & { dayFileBytes: number };
    /** Steps where a map's drawn areas differ from what the record says (country view: in force and placed in a province; peers: in force with a point). */
    mismatches: { country: number; timeDimension: number; perDayRebuild: number };
  } | null;
  heapMB: number | null;
  core: NationalCore;
}

const mismatches = (drawn: number[], expected: number[], indices: number[]) => drawn.filter((v, k) => v !== expected[indices[k]]).length;

export async function benchNational(realDir: string, options: { browser: boolean; log: (line: string) => void }): Promise<NationalResult> {
  const { log } = options;
  const loaded = loadBenchRecord();
  log(`national record: ${loaded.record.areaCount.toLocaleString('en')} areas, ${loaded.record.intervals.length.toLocaleString('en')} intervals`);
  const core = benchNationalCore(loaded, log);
  const days = windowDays();
  const steps = days.length - 1;
  const window = { first: WINDOW_FIRST, last: WINDOW_LAST, steps };
  if (!options.browser) {
    const load = { firstFrameMs: NaN, runs: [], fcpMs: NaN, responseEnd: {}, allAreasMs: NaN, longTaskMaxMs: NaN, inputDelayMs: NaN, perRun: { allAreas: [], longTaskMax: [], inputDelay: [], inputSteps: [] } };
    return { window, data: { gzipBytes: 0, rawBytes: 0, files: [] }, load, browser: null, heapMB: null, core };
  }

  const peers = peerData(loaded, log);
  const server = await startStaticServer({
    '/app/': realDir, '/td/': path.join(ROOT, 'bench/timedimension'), '/perday/': path.join(ROOT, 'bench/perday'), '/days/': DAYS_DIR,
    '/vendor/leaflet/': path.join(ROOT, 'node_modules/leaflet/dist'), '/vendor/iso8601/': path.join(ROOT, 'node_modules/iso8601-js-period'),
    '/vendor/td/': path.join(ROOT, 'node_modules/leaflet-timedimension/dist'), '/vendor/markercluster/': path.join(ROOT, 'node_modules/leaflet.markercluster/dist'),
  }, { '/data/national-td.json': JSON.stringify({ ...peers.td, colours: STATUS_COLOURS }) });
  const browser = await launchBrowser();
  try {
    const appUrl = `${server.base}app/?o=china&d=${WINDOW_FIRST}`;
    const first = await firstNationalFrame(browser, server.base, appUrl, realDir, 3);
    log(`national first frame: median ${first.median.toFixed(0)} ms (${first.runs.map((r) => r.toFixed(0)).join(', ')}); all areas ${first.allAreasRuns.map((r) => r.toFixed(0)).join(', ')} ms; ` +
      `longest task ${first.longTaskMaxRuns.map((r) => r.toFixed(0)).join(', ')} ms; input delay ${first.inputDelayRuns.map((r) => r.toFixed(0)).join(', ')} ms (${first.inputSteps.join(', ')} steps)`);
    const country = await scrubNational(browser, server.base, appUrl, steps);
    log(`national country: median ${country.total.median.toFixed(1)} ms, p95 ${country.total.p95.toFixed(1)} ms, zoom ${country.zoom}, final ${country.finalDate}`);
    const cityScrub = await scrubNational(browser, server.base, `${appUrl}&z=${CITY.zoom}&c=${CITY.lat},${CITY.lon}`, steps);
    log(`national city: median ${cityScrub.total.median.toFixed(1)} ms, p95 ${cityScrub.total.p95.toFixed(1)} ms, zoom ${cityScrub.zoom}`);
    const band = async (place: typeof PROVINCE) => {
      const bandSteps = dayNumber(place.last) - dayNumber(place.first);
      try {
        const scrub = await scrubNational(browser, server.base, `${server.base}app/?o=china&d=${place.first}&z=${place.zoom}&c=${place.lat},${place.lon}`, bandSteps);
        if (scrub.steps !== bandSteps || scrub.finalDate !== place.last) throw new Error(`${scrub.steps} of ${bandSteps} steps, ended on ${scrub.finalDate}`);
        log(`national ${place.name} z${place.zoom}: median ${scrub.total.median.toFixed(1)} ms, p95 ${scrub.total.p95.toFixed(1)} ms, zoom ${scrub.zoom}`);
        return { ...scrub, place: place.name, first: place.first, last: place.last };
      } catch (error) {
        // One zoom band failing (e.g. the page crashing at that zoom) is reported, not allowed to lose the others.
        log(`national ${place.name} z${place.zoom}: FAILED ${String(error)}`);
        return { place: place.name, error: String(error).slice(0, 500) };
      }
    };
    const province = await band(PROVINCE);
    const county = await band(COUNTY);
    const indices = Array.from({ length: steps }, (_, i) => i + 1);
    const { width, height } = country.mapSize;
    const td = await scrubPeer(browser, server.base, `${server.base}td/?data=/data/national-td.json&w=${width}&h=${height}&bounds=${CHINA_BOUNDS}`, '__tdReady', '__tdStep', indices);
    log(`national TimeDimension: median ${td.total.median.toFixed(1)} ms, p95 ${td.total.p95.toFixed(1)} ms, zoom ${td.zoom}`);
    const colours = `high=${encodeURIComponent(STATUS_COLOURS['high-risk'])}&medium=${encodeURIComponent(STATUS_COLOURS['medium-risk'])}`;
    const perDay = await scrubPeer(browser, server.base, `${server.base}perday/?files=/days/&days=${days.map(compactDate).join(',')}&w=${width}&h=${height}&bounds=${CHINA_BOUNDS}&${colours}`, '__perDayReady', '__perDayStep', indices);
    log(`national per-day rebuild: median ${perDay.total.median.toFixed(1)} ms, p95 ${perDay.total.p95.toFixed(1)} ms, zoom ${perDay.zoom}`);
    for (const [name, scrub] of Object.entries({ country, city: cityScrub, td, perDay })) {
      if (scrub.steps !== steps) throw new Error(`national ${name}: ${scrub.steps} of ${steps} steps recorded`);
    }
    const expectedFinal = isoOfDay(days.at(-1)!);
    if (country.finalDate !== expectedFinal || cityScrub.finalDate !== expectedFinal) throw new Error(`national scrub ended on ${country.finalDate} / ${cityScrub.finalDate}, expected ${expectedFinal}`);
    const { files } = first;
    return {
      window,
      data: { gzipBytes: files.reduce((s, f) => s + f.gzip, 0), rawBytes: files.reduce((s, f) => s + f.raw, 0), files },
      load: {
        firstFrameMs: first.median, runs: first.runs, fcpMs: first.fcpMedian, responseEnd: first.responseEnd,
        allAreasMs: summarise(first.allAreasRuns).median, longTaskMaxMs: summarise(first.longTaskMaxRuns).median, inputDelayMs: summarise(first.inputDelayRuns).median,
        perRun: { allAreas: first.allAreasRuns, longTaskMax: first.longTaskMaxRuns, inputDelay: first.inputDelayRuns, inputSteps: first.inputSteps },
      },
      browser: {
        country, city: { ...cityScrub, place: CITY.name }, province, county,
        timeDimension: { ...td, tdFeatures: peers.td.features.length },
        perDayRebuild: { ...perDay, dayFileBytes: peers.dayFileBytes },
        mismatches: {
          country: mismatches(country.visiblePerStep, peers.provinceInForce, indices),
          timeDimension: mismatches(td.visiblePerStep, peers.locatedInForce, indices),
          perDayRebuild: mismatches(perDay.visiblePerStep, peers.locatedInForce, indices),
        },
      },
      heapMB: Math.max(country.heapMB, cityScrub.heapMB),
      core,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
