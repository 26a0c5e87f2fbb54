/**
 * Browser bench (Debian Chromium via playwright-core, every non-local request blocked): scrubs the built app
 * with synthetic data one day per ArrowRight on the focused slider, then steps the same data and days on the
 * Leaflet.TimeDimension page, then times the first render of the five-outbreak build. Both scrubs are timed by
 * bench/step-probe.js; see there for what "update" and "render" cover.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, offlinePage } from '../tests/support/browser';
import { summarise, type Summary } from './stats';

const PROBE = path.join(import.meta.dirname, 'step-probe.js');
const FRAME_BUDGET_MS = 1000 / 60;
const VIEWPORT = { width: 1280, height: 800 };

interface Step { t0: number; update: number; render: number; total: number; latency: number; info: { visible: number; date?: string } | null }

export interface ScrubResult {
  steps: number;
  readyMs: number;
  total: Summary;
  update: Summary;
  render: Summary;
  latency: Summary;
  /** Steps whose update + render exceeded one 60 fps frame (16.7 ms). */
  droppedFrames: number;
  visibleMax: number;
  visiblePerStep: number[];
  errors: string[];
  blockedRequests: number;
}

export interface AppScrubResult extends ScrubResult {
  /** The app's own `atlas:step` measure: cursor.moveTo + layer diff, without React or paint. */
  layerUpdate: Summary;
  finalDate: string;
  expectedFinalDate: string;
  mapSize: { width: number; height: number };
}

/**
 * Where a step's time goes on this machine: the same keyboard scrub on a bare page (a range input and a date) and
 * on the app with its three feature panes not displayed (the same JS, React, side panel and timeline, an empty
 * map). The full app's figures are `app`.
 */
export interface FrameBudget {
  barePage: ScrubResult;
  appWithoutFeatures: AppScrubResult;
}

export interface BrowserResult {
  chromium: string;
  app: AppScrubResult;
  budget: FrameBudget;
  timeDimension: ScrubResult & { tdFeatures: number };
  firstRender: { runs: number[]; median: number; fcpMedian: number };
  visibleMismatches: number;
}

function summariseSteps(steps: Step[]) {
  return {
    total: summarise(steps.map((s) => s.total)), update: summarise(steps.map((s) => s.update)),
    render: summarise(steps.map((s) => s.render)), latency: summarise(steps.map((s) => s.latency)),
    droppedFrames: steps.filter((s) => s.total > FRAME_BUDGET_MS).length,
    visiblePerStep: steps.map((s) => s.info?.visible ?? -1),
    visibleMax: Math.max(0, ...steps.map((s) => s.info?.visible ?? 0)),
  };
}

async function openPage(browser: Browser, base: string) {
  const opened = await offlinePage(browser, base, VIEWPORT);
  await opened.context.addInitScript({ path: PROBE });
  return opened;
}

/** The panes of markers and clusters, area fills, and uncertainty circles (see src/map/outbreaks/feature-layers.ts). */
const FEATURE_PANES = '.leaflet-marker-pane, .leaflet-overlay-pane, .leaflet-atlas-uncertainty-pane';

async function scrubSteps(page: Page, steps: number): Promise<Step[]> {
  for (let i = 1; i <= steps; i += 1) {
    await page.keyboard.press('ArrowRight');
    await page.evaluate(`window.__bench.waitSteps(${i}).then(() => 0)`);
  }
  return await page.evaluate('window.__bench.steps') as Step[];
}

async function scrubApp(browser: Browser, base: string, url: string, steps: number, expectedFinalDate: string, hideFeatures = false): Promise<AppScrubResult> {
  const { context, page, blocked, errors } = await openPage(browser, base);
  try {
    const started = Date.now();
    await page.goto(url);
    await page.waitForSelector('[data-testid=time-slider]', { timeout: 120_000 });
    await page.evaluate('window.__bench.idle(1500, 60000)');
    const readyMs = Date.now() - started;
    const mapSize = await page.evaluate('(() => { const r = document.querySelector(".atlas-map").getBoundingClientRect(); return { width: Math.round(r.width), height: Math.round(r.height) }; })()') as AppScrubResult['mapSize'];
    await page.evaluate(`window.__bench.info = () => ({
      visible: Number(document.querySelector('[data-testid=visible-count]').dataset.count),
      date: document.querySelector('[data-testid=current-date]').textContent });
      window.__bench.clearEntries('atlas:step');`);
    // Inline styles, not a <style> element: the app's CSP admits only its own stylesheet.
    if (hideFeatures) await page.evaluate(`document.querySelectorAll(${JSON.stringify(FEATURE_PANES)}).forEach((pane) => { pane.style.display = 'none'; })`);
    await page.focus('[data-testid=time-slider]');
    const recorded = await scrubSteps(page, steps);
    const layer = await page.evaluate('window.__bench.entries["atlas:step"].map((e) => e.duration)') as number[];
    const finalDate = (await page.textContent('[data-testid=current-date]'))?.trim() ?? '';
    return {
      steps: recorded.length, readyMs, ...summariseSteps(recorded), layerUpdate: summarise(layer), finalDate, expectedFinalDate,
      mapSize, errors: [...errors], blockedRequests: blocked.length,
    };
  } finally {
    await context.close();
  }
}

async function scrubTimeDimension(browser: Browser, base: string, url: string, steps: number): Promise<BrowserResult['timeDimension']> {
  const { context, page, blocked, errors } = await openPage(browser, base);
  try {
    const started = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __tdReady?: unknown }).__tdReady, undefined, { timeout: 120_000 });
    await page.evaluate('window.__bench.idle(1500, 60000)');
    const readyMs = Date.now() - started;
    const { features } = await page.evaluate('window.__tdReady') as { features: number };
    for (let i = 1; i <= steps; i += 1) await page.evaluate(`window.__tdStep(${i}).then(() => 0)`);
    const recorded = await page.evaluate('window.__bench.steps') as Step[];
    return { steps: recorded.length, readyMs, ...summariseSteps(recorded), tdFeatures: features, errors: [...errors], blockedRequests: blocked.length };
  } finally {
    await context.close();
  }
}

async function scrubBarePage(browser: Browser, base: string, url: string, steps: number): Promise<ScrubResult> {
  const { context, page, blocked, errors } = await openPage(browser, base);
  try {
    const started = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __bareReady?: boolean }).__bareReady);
    const readyMs = Date.now() - started;
    await page.evaluate(`window.__bench.info = () => ({ visible: 0, date: document.getElementById('date').textContent })`);
    await page.focus('#slider');
    const recorded = await scrubSteps(page, steps);
    return { steps: recorded.length, readyMs, ...summariseSteps(recorded), errors: [...errors], blockedRequests: blocked.length };
  } finally {
    await context.close();
  }
}

/** Time from navigation to the first finished frame with the map and its feature layers, over fresh contexts. */
async function firstRender(browser: Browser, base: string, url: string, runs: number): Promise<BrowserResult['firstRender']> {
  const times: number[] = [];
  const fcps: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const { context, page } = await openPage(browser, base);
    try {
      await context.addInitScript('window.__bench.watchFirstRender(".atlas-map .leaflet-overlay-pane canvas, .atlas-map .leaflet-marker-icon")');
      await page.goto(url);
      // Polled from here: waitForFunction with a string predicate would need eval, which the app's CSP forbids.
      let at: number | null = null;
      for (const deadline = Date.now() + 60_000; at === null && Date.now() < deadline;) {
        at = await page.evaluate('window.__bench.firstRender') as number | null;
        if (at === null) await new Promise((r) => setTimeout(r, 50));
      }
      if (at === null) throw new Error('first render not seen within 60 s');
      times.push(at);
      fcps.push(await page.evaluate('performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN') as number);
    } finally {
      await context.close();
    }
  }
  return { runs: times, median: summarise(times).median, fcpMedian: summarise(fcps).median };
}

export async function benchBrowser(options: {
  base: string;
  appUrl: string;
  tdUrl: (mapSize: { width: number; height: number }) => string;
  realUrl: string;
  bareUrl: string;
  steps: number;
  expectedFinalDate: string;
  log: (line: string) => void;
}): Promise<BrowserResult> {
  const browser = await launchBrowser();
  try {
    const chromium = browser.version();
    const app = await scrubApp(browser, options.base, options.appUrl, options.steps, options.expectedFinalDate);
    options.log(`browser app: ${app.steps} steps, median ${app.total.median.toFixed(2)} ms, p95 ${app.total.p95.toFixed(2)} ms, final date ${app.finalDate}`);
    const timeDimension = await scrubTimeDimension(browser, options.base, options.tdUrl(app.mapSize), options.steps);
    options.log(`browser TimeDimension: median ${timeDimension.total.median.toFixed(2)} ms, p95 ${timeDimension.total.p95.toFixed(2)} ms`);
    const barePage = await scrubBarePage(browser, options.base, options.bareUrl, options.steps);
    const appWithoutFeatures = await scrubApp(browser, options.base, options.appUrl, options.steps, options.expectedFinalDate, true);
    options.log(`frame budget: bare page p95 ${barePage.total.p95.toFixed(2)} ms, app without features p95 ${appWithoutFeatures.total.p95.toFixed(2)} ms`);
    const first = await firstRender(browser, options.base, options.realUrl, 3);
    options.log(`first render (five outbreaks): median ${first.median.toFixed(0)} ms`);
    const visibleMismatches = app.visiblePerStep.filter((v, i) => v !== timeDimension.visiblePerStep[i]).length;
    return { chromium, app, budget: { barePage, appWithoutFeatures }, timeDimension, firstRender: first, visibleMismatches };
  } finally {
    await browser.close();
  }
}
