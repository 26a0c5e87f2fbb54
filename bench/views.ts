/**
 * `--views-only` (issue 26 item 4): the views the national part does not cover, each measured once on the
 * five-outbreak build, every non-local request blocked, 1280×800:
 *  - `national.browser.county`: the county band (z8, circles per county) over 广州 Guangzhou, November 2022, the
 *    keyboard scrub of bench/national/ (`scrubNational`);
 *  - `outbreaks.index`: the outbreak index (`?o=outbreaks`), its first render with every episode: the app's
 *    `atlas:outbreak-index` measure (data ready → render committed) and `atlas:outbreak-index-painted` (→ the frame
 *    after), median of 3 fresh contexts;
 *  - `outbreaks.episode`: 北京's largest episode (110000-20220316) at z10 centred on Beijing, stepped by ArrowRight on
 *    the focused slider with the same probe over the weeks of its peak.
 */
import type { Browser } from 'playwright-core';
import { dayNumber } from '../src/core/calendar-day';
import { launchBrowser, offlinePage } from '../tests/support/browser';
import { COUNTY } from './national/index';
import { scrubNational, type AppScrub } from './national/browser';
import { startStaticServer } from './static-server';
import { summarise } from './stats';

/** 北京's largest episode (peak 6,945 areas on 2022-12-02) and the weeks around its peak. */
export const EPISODE = { id: '110000-20220316', name: '北京 Beijing', zoom: 10, lat: 39.9042, lon: 116.4074, first: '2022-11-15', last: '2022-12-15' };

type Band = (AppScrub & { place: string; first: string; last: string }) | { place: string; error: string };

export interface ViewsResult {
  /** null when the national part measured it in the same run (the full run). */
  county: Band | null;
  index: { renderMs: number; paintedMs: number; rows: number; runs: number[]; paintedRuns: number[]; errors: string[] };
  episode: (AppScrub & { id: string; first: string; last: string; step: { p95: number } }) | { id: string; error: string };
}

async function scrubBand(browser: Browser, base: string, url: string, first: string, last: string): Promise<AppScrub> {
  const steps = dayNumber(last) - dayNumber(first);
  const scrub = await scrubNational(browser, base, url, steps);
  if (scrub.steps !== steps || scrub.finalDate !== last) throw new Error(`${scrub.steps} of ${steps} steps, ended on ${scrub.finalDate}`);
  return scrub;
}

async function indexRender(browser: Browser, base: string, app: string, runs: number): Promise<ViewsResult['index']> {
  const render: number[] = [];
  const painted: number[] = [];
  const errors: string[] = [];
  let rows = 0;
  for (let run = 0; run < runs; run += 1) {
    const opened = await offlinePage(browser, base);
    try {
      await opened.page.goto(`${app}?o=outbreaks`);
      for (const deadline = Date.now() + 120_000; ; await new Promise((resolve) => setTimeout(resolve, 100))) {
        if (await opened.page.evaluate('performance.getEntriesByName("atlas:outbreak-index-painted").length > 0')) break;
        if (Date.now() > deadline) throw new Error('no atlas:outbreak-index-painted measure within 120 s');
      }
      const [r, p] = await opened.page.evaluate(`["atlas:outbreak-index", "atlas:outbreak-index-painted"].map((n) => performance.getEntriesByName(n)[0])
        .map((e) => ({ duration: e.duration, rows: e.detail?.rows ?? 0 }))`) as Array<{ duration: number; rows: number }>;
      render.push(r.duration);
      painted.push(p.duration);
      rows = r.rows;
      errors.push(...opened.errors);
    } finally {
      await opened.context.close();
    }
  }
  return { renderMs: summarise(render).median, paintedMs: summarise(painted).median, rows, runs: render, paintedRuns: painted, errors };
}

export async function benchViews(realDir: string, options: { county: boolean; log: (line: string) => void }): Promise<ViewsResult> {
  const { log } = options;
  const server = await startStaticServer({ '/app/': realDir });
  const browser = await launchBrowser();
  const app = `${server.base}app/`;
  try {
    let county: Band | null = null;
    if (options.county) try {
      const scrub = await scrubBand(browser, server.base, `${app}?o=china&d=${COUNTY.first}&z=${COUNTY.zoom}&c=${COUNTY.lat},${COUNTY.lon}`, COUNTY.first, COUNTY.last);
      county = { ...scrub, place: COUNTY.name, first: COUNTY.first, last: COUNTY.last };
      log(`national ${COUNTY.name} z${COUNTY.zoom}: median ${scrub.total.median.toFixed(1)} ms, p95 ${scrub.total.p95.toFixed(1)} ms, zoom ${scrub.zoom}, errors ${scrub.errors.length} ${scrub.errors[0] ?? ''}`);
    } catch (error) {
      log(`national ${COUNTY.name}: FAILED ${String(error)}`);
      county = { place: COUNTY.name, error: String(error).slice(0, 500) };
    }
    const index = await indexRender(browser, server.base, app, 3);
    log(`outbreak index (${index.rows} rows): render ${index.runs.map((r) => r.toFixed(0)).join(', ')} ms; painted ${index.paintedRuns.map((r) => r.toFixed(0)).join(', ')} ms`);
    let episode: ViewsResult['episode'];
    try {
      const scrub = await scrubBand(browser, server.base, `${app}?o=${EPISODE.id}&d=${EPISODE.first}&z=${EPISODE.zoom}&c=${EPISODE.lat},${EPISODE.lon}`, EPISODE.first, EPISODE.last);
      episode = { ...scrub, id: EPISODE.id, first: EPISODE.first, last: EPISODE.last, step: { p95: scrub.total.p95 } };
      log(`episode ${EPISODE.id} z${EPISODE.zoom}: median ${scrub.total.median.toFixed(1)} ms, p95 ${scrub.total.p95.toFixed(1)} ms, zoom ${scrub.zoom}, errors ${scrub.errors.length} ${scrub.errors[0] ?? ''}`);
    } catch (error) {
      log(`episode ${EPISODE.id}: FAILED ${String(error)}`);
      episode = { id: EPISODE.id, error: String(error).slice(0, 500) };
    }
    return { county, index, episode };
  } finally {
    await browser.close();
    await server.stop();
  }
}

