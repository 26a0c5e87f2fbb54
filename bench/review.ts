/**
 * The draft review with big drafts (issue 21 item 11): a synthetic draft of 5,000 candidates (1.97 MiB;
 * tests/support/synthetic-draft.ts) dropped on the map of the five-outbreak build, timed in the page from the drop
 * to the first frame after the panel counts all candidates (`open5k.ms`), with the longest main-thread task
 * meanwhile and the page's DOM size; then one candidate after another chosen in the list and accepted, each timed
 * from the click on "Accept" to the first frame after the counts changed (`accept5k`, 30 accepts). With `--review-25k`
 * the same for 25,000 candidates (9.85 MiB, under the 10 MiB limit; 10 accepts). Targets: open ≤ 2 s, accept ≤ 100 ms.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, offlinePage } from '../tests/support/browser';
import { syntheticDraft } from '../tests/support/synthetic-draft';
import { startStaticServer } from './static-server';
import { ms, summarise, type Summary } from './stats';

export interface ReviewOpen {
  /** Drop to the first frame after the panel counts every candidate. */
  ms: number;
  /** The longest main-thread task in that time: how long the page could not answer. */
  longestTaskMs: number;
  domNodes: number;
  megabytes: number;
}

export interface ReviewResult {
  open5k: ReviewOpen;
  accept5k: Summary;
  open25k?: ReviewOpen;
  accept25k?: Summary;
}

const VIEWPORT = { width: 1280, height: 800 };

/** Runs in the page: resolves once `done()` holds after a DOM change, then after the next frame is painted. */
const PAGE_HELPERS = `
window.__until = (done) => new Promise((resolve) => {
  if (done()) return resolve();
  const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); resolve(); } });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
});
window.__frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
window.__longest = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask' });
`;

async function openDraft(page: Page, n: number): Promise<ReviewOpen> {
  const text = JSON.stringify(syntheticDraft(n));
  const result = await page.evaluate(async ({ text: json, n: count }) => {
    const w = window as unknown as { __until: (f: () => boolean) => Promise<void>; __frame: () => Promise<void>; __longest: number };
    const zone = document.querySelector('[data-testid=map-drop-zone]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([json], `synthetic-${count}.geojson`));
    w.__longest = 0;
    const t0 = performance.now();
    zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    const pending = new RegExp(`\\b${count} pending`);
    await w.__until(() => pending.test(document.querySelector('[data-testid=review-counts]')?.textContent ?? ''));
    await w.__frame();
    return { ms: performance.now() - t0, longestTaskMs: w.__longest, domNodes: document.getElementsByTagName('*').length };
  }, { text, n });
  return { ...result, megabytes: Buffer.byteLength(text) / 2 ** 20 };
}

async function acceptSome(page: Page, times: number): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    samples.push(await page.evaluate(async () => {
      const w = window as unknown as { __until: (f: () => boolean) => Promise<void>; __frame: () => Promise<void> };
      const row = document.querySelector<HTMLElement>('[data-testid=candidate-row][data-review=pending]')!;
      const id = row.dataset.featureId!;
      row.click();
      await w.__until(() => document.querySelector('[data-testid=candidate]')?.getAttribute('data-feature-id') === id);
      await w.__frame();
      const counts = document.querySelector('[data-testid=review-counts]')!;
      const before = counts.textContent;
      const t0 = performance.now();
      document.querySelector<HTMLElement>('[data-testid=review-accepted]')!.click();
      await w.__until(() => counts.textContent !== before);
      await w.__frame();
      return performance.now() - t0;
    }));
  }
  return summarise(samples);
}

async function freshPage(browser: Awaited<ReturnType<typeof launchBrowser>>, base: string) {
  const session = await offlinePage(browser, base, VIEWPORT);
  await session.page.addInitScript(PAGE_HELPERS);
  await session.page.goto(`${base}app/?o=kaihua&lang=en`);
  await session.page.waitForSelector('[data-testid=map-drop-zone]');
  await session.page.waitForSelector('[data-testid=current-date]');
  return session;
}

export async function benchReview(appDir: string, { log, big = false }: { log: (line: string) => void; big?: boolean }): Promise<ReviewResult> {
  const server = await startStaticServer({ '/app/': appDir });
  const browser = await launchBrowser();
  try {
    const run = async (n: number, accepts: number) => {
      const { page, context } = await freshPage(browser, server.base);
      try {
        const open = await openDraft(page, n);
        log(`review: ${n} candidates opened in ${ms(open.ms)} ms (longest task ${ms(open.longestTaskMs)} ms, ${open.domNodes} DOM nodes)`);
        const accept = await acceptSome(page, accepts);
        log(`review: accept at ${n}: median ${ms(accept.median)} ms, p95 ${ms(accept.p95)} ms`);
        return { open, accept };
      } finally {
        await context.close();
      }
    };
    const five = await run(5_000, 30);
    const result: ReviewResult = { open5k: five.open, accept5k: five.accept };
    if (big) {
      const twentyFive = await run(25_000, 10);
      result.open25k = twentyFive.open;
      result.accept25k = twentyFive.accept;
    }
    return result;
  } finally {
    await browser.close();
    await server.stop();
  }
}
