/**
 * What every browser test file shares: one `vite preview` of dist/ and one Chromium for the whole run (started by
 * app.test.ts), a page opener with every request outside the server blocked, and what the data says to expect.
 */
import fs from 'node:fs';
import { after, before } from 'node:test';
import type { Browser, Page, Request } from 'playwright-core';
import { outbreakFileSchema } from '../../src/data/schema';
import { dayNumber } from '../../src/core/calendar-day';
import { DEFAULT_TIMELINE_OPTIONS, stateOnDay } from '../../src/time/feature-state';
import { launchBrowser, offlinePage, startPreview, type Preview } from '../support/browser';

export const ARTIFACTS = 'tests/e2e/artifacts';
export const anyang = outbreakFileSchema.parse(JSON.parse(fs.readFileSync('geo/outbreaks/anyang.geojson', 'utf8')));
export const aRiskArea = anyang.features.find((f) => f.properties.kind === 'risk-area' && f.properties.events.some((e) => e.status === 'high-risk'))!;

type AnyangFeature = (typeof anyang.features)[number];

/** What the data says should be on the map for Anyang on a day (no filters), of the features `among` picks. */
export function expectedVisible(day: number, among: (feature: AnyangFeature) => boolean = () => true): number {
  return anyang.features.filter(among).filter((f) => stateOnDay(f.properties.events.map((e) => dayNumber(e.date)), f.properties.events.map((e) => e.status), day, DEFAULT_TIMELINE_OPTIONS, dayNumber(anyang.outbreak.period.end)).phase !== 'hidden').length;
}

export const session: { server: Preview; browser: Browser } = { server: null as unknown as Preview, browser: null as unknown as Browser };

/** Registers the run's server and browser; called once, by app.test.ts. */
export function startSession(): void {
  before(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    session.server = await startPreview();
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    session.server?.stop();
  });
}

/** Requests of each opened page still waiting for an answer (a blocked tile fails at once and leaves the set). */
const inFlight = new WeakMap<Page, Set<Request>>();

function trackRequests(page: Page): void {
  const pending = new Set<Request>();
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  inFlight.set(page, pending);
}

export async function open(query: string, viewport?: { width: number; height: number }) {
  const opened = await offlinePage(session.browser, session.server.base, viewport);
  const page: Page = opened.page;
  trackRequests(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${session.server.base}${query}`);
  await page.waitForSelector('.atlas', { timeout: 20_000 });
  return { ...opened, page, dialogs };
}

export const visibleCount = async (page: Page) => Number(await page.getAttribute('[data-testid=visible-count]', 'data-count'));
export const currentDate = async (page: Page) => (await page.textContent('[data-testid=current-date]'))?.trim();
export const queryParam = (page: Page, key: string) => page.evaluate((k: string) => new URLSearchParams(window.location.search).get(k), key);

/**
 * Clicks `selector` once the map has settled: its element keeps its place and text, and no zoom is animating. A
 * reader clicks what they see; markercluster ignores a click on a cluster while the map still zooms.
 */
export async function clickWhenSettled(page: Page, selector: string): Promise<void> {
  await settled(page, () => page.evaluate((sel: string) => {
    const box = document.querySelector<HTMLElement>(sel)?.getBoundingClientRect();
    return { box: box && [box.x, box.y, box.width], text: document.querySelector(sel)?.textContent };
  }, selector));
  await page.click(selector);
}

/**
 * What keeps the page from being still, after two animation frames: a request without its answer, a Leaflet zoom or
 * markercluster animation, or a CSS transition or animation (an endless one, the loading spinner's, aside). '' when none.
 */
async function busyWith(page: Page): Promise<string> {
  const requests = inFlight.get(page)?.size ?? 0;
  if (requests > 0) return `${requests} request(s) in flight`;
  return page.evaluate(() => new Promise<string>((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => {
      if (document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim')) return resolve('a Leaflet animation');
      const running = document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
      resolve(running.length ? `${running.length} CSS animation(s)` : '');
    }));
  }));
}

/**
 * Reads `probe` once the page is still (busyWith), and again after the next still moment, until two reads agree:
 * what the map shows once it has settled. Waits on those conditions, not on a fixed time.
 */
export async function settled<T>(page: Page, probe: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: string | null = null;
  for (;;) {
    for (let busy = await busyWith(page); busy; busy = await busyWith(page)) {
      if (Date.now() > deadline) throw new Error(`not still within ${timeoutMs} ms: ${busy}`);
      // An answer arrives in its own task: wait a frame for it rather than a fixed time.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    const next = JSON.stringify(await probe());
    if (next === last) return JSON.parse(next) as T;
    if (Date.now() > deadline) throw new Error(`not settled within ${timeoutMs} ms: ${next}`);
    last = next;
  }
}
