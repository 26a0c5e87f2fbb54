/**
 * What every browser test file shares: one `vite preview` of dist/ and one Chromium for the whole run (started by
 * app.test.ts), a page opener with every request outside the server blocked, and what the data says to expect.
 */
import fs from 'node:fs';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { outbreakFileSchema } from '../../src/data/schema';
import { dayNumber } from '../../src/timeline/days';
import { DEFAULT_TIMELINE_OPTIONS, stateOnDay } from '../../src/timeline/state';
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

export async function open(query: string, viewport?: { width: number; height: number }) {
  const opened = await offlinePage(session.browser, session.server.base, viewport);
  const page: Page = opened.page;
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
 * Clicks `selector` once the map has settled: its element keeps its place and text over three polls and no zoom is
 * animating. A reader clicks what they see; markercluster ignores a click on a cluster while the map still zooms.
 */
export async function clickWhenSettled(page: Page, selector: string): Promise<void> {
  await settled(() => page.evaluate((sel: string) => {
    const element = document.querySelector<HTMLElement>(sel);
    const box = element?.getBoundingClientRect();
    return { box: box && [box.x, box.y, box.width], text: element?.textContent, zooming: !!document.querySelector('.leaflet-zoom-anim') };
  }, selector));
  await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
  await page.click(selector);
}

/** Polls `probe` until it returns the same value `times` times in a row, 100 ms apart: waits for the map to settle. */
export async function settled<T>(probe: () => Promise<T>, times = 3, timeoutMs = 10_000): Promise<T> {
  let last = JSON.stringify(await probe());
  let same = 1;
  for (const deadline = Date.now() + timeoutMs; same < times;) {
    if (Date.now() > deadline) throw new Error(`not settled within ${timeoutMs} ms: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = JSON.stringify(await probe());
    same = next === last ? same + 1 : 1;
    last = next;
  }
  return JSON.parse(last) as T;
}
