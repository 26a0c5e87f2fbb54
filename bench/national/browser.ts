/**
 * Browser part of the national bench (Debian Chromium via playwright-core, every non-local request blocked, the
 * five-outbreak build with the official record, 1280×800 like the synthetic bench):
 *  - the first national frame, median of 3 fresh contexts, and what the page downloaded for it;
 *  - a keyboard scrub 2022-10-01 .. 2022-12-24 at country zoom and at city zoom, timed by bench/step-probe.js
 *    exactly as the synthetic scrub is; JS heap after each scrub;
 *  - the same days at country zoom on Leaflet.TimeDimension (bench/timedimension/) and on the per-day rebuild of
 *    CovidRiskAreaMap's design (bench/perday/), timed by the same probe.
 * Areas shown per step come from the app's `atlas:national-draw` mark and from the peers' layer counts.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, offlinePage } from '../../tests/support/browser';
import { summarise, type Summary } from '../stats';

const PROBE = path.resolve(import.meta.dirname, '..', 'step-probe.js');
const FRAME_BUDGET_MS = 1000 / 60;
const VIEWPORT = { width: 1280, height: 800 };

interface Step { update: number; render: number; total: number; latency: number; info: { visible: number; date?: string; zoom?: number } | null }

export interface NationalScrub {
  steps: number;
  readyMs: number;
  total: Summary;
  update: Summary;
  render: Summary;
  droppedFrames: number;
  /** Areas drawn per step (the app: areas counted in the circles, or dots in the canvas box; a peer: its markers). */
  visiblePerStep: number[];
  datePerStep: string[];
  zoom: number | null;
  errors: string[];
  blockedRequests: number;
}

export interface AppScrub extends NationalScrub {
  /** The app's own `atlas:national-step` measure: model.moveTo and the layers' diff, before React's commit ends. */
  modelStep: Summary;
  finalDate: string;
  heapMB: number;
  mapSize: { width: number; height: number };
}

export interface FirstFrame {
  runs: number[];
  median: number;
  fcpMedian: number;
  /** Navigation to the frame after the single areas were drawn (`atlas:national-areas`, then a draw), per run. */
  allAreasRuns: number[];
  /** The longest main-thread task (PerformanceObserver 'longtask') from navigation until then, per run. */
  longTaskMaxRuns: number[];
  /** The longest input delay of the slider steps sent while the single areas loaded, per run; and how many were sent. */
  inputDelayRuns: number[];
  inputSteps: number[];
  /** Files the page fetched (first run), raw and gzip -9 bytes as built. */
  files: Array<{ path: string; raw: number; gzip: number }>;
  /** When the record's files had arrived (responseEnd, ms from navigation, first run). */
  responseEnd: Record<string, number>;
}

function summariseSteps(steps: Step[]) {
  return {
    total: summarise(steps.map((s) => s.total)), update: summarise(steps.map((s) => s.update)), render: summarise(steps.map((s) => s.render)),
    droppedFrames: steps.filter((s) => s.total > FRAME_BUDGET_MS).length,
    visiblePerStep: steps.map((s) => s.info?.visible ?? -1), datePerStep: steps.map((s) => s.info?.date ?? ''),
  };
}

async function openPage(browser: Browser, base: string) {
  const opened = await offlinePage(browser, base, VIEWPORT);
  await opened.context.addInitScript({ path: PROBE });
  return opened;
}

/** Polls a page expression (page.evaluate: the app's CSP forbids the eval behind waitForFunction). */
async function until(page: Page, expression: string, timeoutMs = 120_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (await page.evaluate(expression)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${expression}`);
}

// The page keeps the latest draw's mark (src/map/user-timing.ts); read at once, unlike the observer's copy.
const LAST_DRAW = '(performance.getEntriesByName("atlas:national-draw").at(-1)?.detail ?? null)';

/** JS heap after a full collection (V8 heap plus typed-array backing stores where the CDP reports them). */
async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage') as { usedSize: number; backingStorageSize?: number };
  await cdp.detach();
  return (usage.usedSize + (usage.backingStorageSize ?? 0)) / 2 ** 20;
}

export async function scrubNational(browser: Browser, base: string, url: string, steps: number): Promise<AppScrub> {
  const { context, page, blocked, errors } = await openPage(browser, base);
  try {
    const started = Date.now();
    await page.goto(url);
    await page.waitForSelector('[data-testid=time-slider]', { timeout: 120_000 });
    // Drawn once with the record loaded (not only the early counts per unit: the loading notice is gone; a view may
    // start with no area in it), and the day's totals shown.
    await until(page, `${LAST_DRAW} !== null && !document.querySelector('[data-testid=national-loading]')
      && !['', '…'].includes(document.querySelector('[data-testid=official-totals]')?.textContent ?? '')`);
    await page.evaluate('window.__bench.idle(1500, 60000)');
    const readyMs = Date.now() - started;
    const mapSize = await page.evaluate('(() => { const r = document.querySelector(".atlas-map").getBoundingClientRect(); return { width: Math.round(r.width), height: Math.round(r.height) }; })()') as AppScrub['mapSize'];
    await page.evaluate(`window.__bench.info = () => { const d = ${LAST_DRAW}; return { visible: d ? d.areas : -1, zoom: d ? d.zoom : undefined,
      date: document.querySelector('[data-testid=current-date]').textContent.trim() }; };
      window.__bench.clearEntries('atlas:national-step');`);
    await page.focus('[data-testid=time-slider]');
    for (let i = 1; i <= steps; i += 1) {
      await page.keyboard.press('ArrowRight');
      await page.evaluate(`window.__bench.waitSteps(${i}).then(() => 0)`);
    }
    const recorded = await page.evaluate('window.__bench.steps') as Step[];
    const modelStep = summarise(await page.evaluate('window.__bench.entries["atlas:national-step"].map((e) => e.duration)') as number[]);
    const finalDate = (await page.textContent('[data-testid=current-date]'))?.trim() ?? '';
    return {
      steps: recorded.length, readyMs, ...summariseSteps(recorded), zoom: recorded.at(-1)?.info?.zoom ?? null, modelStep, finalDate,
      heapMB: await heapMB(page), mapSize, errors: [...errors], blockedRequests: blocked.length,
    };
  } finally {
    await context.close();
  }
}

/** A peer page: `ready` names its ready global ({ zoom }), `step(i)` its step function for day index i. */
export async function scrubPeer(browser: Browser, base: string, url: string, ready: string, step: string, indices: number[]): Promise<NationalScrub & { heapMB: number }> {
  const { context, page, blocked, errors } = await openPage(browser, base);
  try {
    const started = Date.now();
    await page.goto(url);
    await until(page, `Boolean(window.${ready})`);
    await page.evaluate('window.__bench.idle(1500, 60000)');
    const readyMs = Date.now() - started;
    const { zoom } = await page.evaluate(`window.${ready}`) as { zoom: number };
    for (const i of indices) await page.evaluate(`window.${step}(${i}).then(() => 0)`);
    const recorded = await page.evaluate('window.__bench.steps') as Step[];
    return { steps: recorded.length, readyMs, ...summariseSteps(recorded), zoom, heapMB: await heapMB(page), errors: [...errors], blockedRequests: blocked.length };
  } finally {
    await context.close();
  }
}

/** Navigation to the first drawn national frame (step-probe.js `watchNationalFrame`), over fresh contexts. */
export async function firstNationalFrame(browser: Browser, base: string, url: string, distDir: string, runs: number): Promise<FirstFrame> {
  const times: number[] = [];
  const fcps: number[] = [];
  const [allAreasRuns, longTaskMaxRuns, inputDelayRuns, inputSteps]: number[][] = [[], [], [], []];
  const files: FirstFrame['files'] = [];
  let responseEnd: Record<string, number> = {};
  for (let run = 0; run < runs; run += 1) {
    const { context, page } = await openPage(browser, base);
    const fetched: string[] = [];
    page.on('response', (response) => fetched.push(response.url()));
    try {
      await context.addInitScript('window.__bench.watchNationalFrame(); window.__bench.watchAllAreas()');
      await page.goto(url);
      await until(page, 'window.__bench.firstRender !== null', 120_000).catch(async (error: unknown) => {
        const state = await page.evaluate(`JSON.stringify({ draws: (window.__bench.entries['atlas:national-draw'] ?? []).map((e) => e.detail),
          totals: document.querySelector('[data-testid=official-totals]')?.textContent ?? null, hidden: document.hidden })`);
        throw new Error(`${String(error)}; page state ${String(state).slice(0, 600)}`);
      });
      times.push(await page.evaluate('window.__bench.firstRender') as number);
      fcps.push(await page.evaluate('performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN') as number);
      const load = await stepWhileLoading(page);
      allAreasRuns.push(load.allAreas);
      longTaskMaxRuns.push(load.longTaskMax);
      inputDelayRuns.push(load.inputDelayMax);
      inputSteps.push(load.steps);
      if (run === 0) {
        await page.evaluate('window.__bench.idle(1500, 60000)');
        const prefix = new URL(url).origin + new URL(url).pathname;
        for (const address of new Set(fetched)) {
          const relative = decodeURIComponent(new URL(address).pathname).slice(new URL(prefix).pathname.length);
          const file = path.join(distDir, relative || 'index.html');
          if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) continue;
          const bytes = fs.readFileSync(file);
          files.push({ path: relative || 'index.html', raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length });
        }
        responseEnd = Object.fromEntries(await page.evaluate(`performance.getEntriesByType('resource').filter((e) => /official|admin-divisions|assets\\//.test(e.name))
          .map((e) => [e.name.replace(/^.*\\//, ''), Math.round(e.responseEnd)])`) as Array<[string, number]>);
      }
    } finally {
      await context.close();
    }
  }
  return { runs: times, median: summarise(times).median, fcpMedian: summarise(fcps).median, files, responseEnd, allAreasRuns, longTaskMaxRuns, inputDelayRuns, inputSteps };
}

/**
 * From the first frame until the single areas are in: a slider step (ArrowRight on the focused slider) every
 * ~100 ms after the previous one was drawn, as a reader scrubbing during the load would; then the time the areas
 * were in, the longest task until then and the longest input delay of the steps sent while the areas loaded.
 */
async function stepWhileLoading(page: Page): Promise<{ allAreas: number; longTaskMax: number; inputDelayMax: number; steps: number }> {
  await page.focus('[data-testid=time-slider]');
  let steps = 0;
  while (steps < 60 && await page.evaluate('document.querySelector("[data-testid=national-loading]") !== null')) {
    steps += 1;
    await page.keyboard.press('ArrowRight');
    await page.evaluate(`window.__bench.waitSteps(${steps}).then(() => new Promise((resolve) => setTimeout(resolve, 100)))`);
  }
  await until(page, 'window.__bench.allAreas !== null');
  return await page.evaluate(`(() => {
    const b = window.__bench;
    const loading = b.keyDelays.filter((k) => k.loading);
    return { allAreas: b.allAreas, longTaskMax: Math.max(0, ...b.longTasks.filter((t) => t.startTime < b.allAreas).map((t) => t.duration)),
      inputDelayMax: loading.length ? Math.max(...loading.map((k) => k.delay)) : NaN, steps: loading.length };
  })()`) as { allAreas: number; longTaskMax: number; inputDelayMax: number; steps: number };
}

export { launchBrowser };
