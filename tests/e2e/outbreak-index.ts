/**
 * The outbreak index (?o=outbreaks, issue 23 item 2): reached from the picker, a place found by its pinyin, sorted
 * by peak with the largest on top (as episodes.json says), a deep link with filters read and cleaned, rows walked by
 * keyboard, the empty state's way out, and each row's links. Expectations come from geo/official/episodes.json.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { episodeLines, officialEpisodesSchema } from '../../src/official/episode-file';
import { offlinePage } from '../support/browser';
import { seriousViolations } from './accessibility';
import { session } from './session';

const file = officialEpisodesSchema.parse(JSON.parse(fs.readFileSync('geo/official/episodes.json', 'utf8')));
const lines = episodeLines(file);
const xianIds = lines.filter((e) => e.unit === '西安市').map((e) => e.id);
const largestPeak = Math.max(...lines.map((e) => e.peak));
const smallestPeak = Math.min(...lines.map((e) => e.peak));

async function openIndex(query: string, viewport?: { width: number; height: number }) {
  const opened = await offlinePage(session.browser, session.server.base, viewport);
  await opened.page.goto(`${session.server.base}${query}`);
  await opened.page.waitForSelector('[data-testid=outbreak-index] [data-testid=index-count]', { timeout: 30_000 });
  return opened;
}
const count = async (page: Page) => Number(await page.getAttribute('[data-testid=index-count]', 'data-count'));
/**
 * Every row in table order, scrolling the page from top to bottom: only the rows near the view are drawn
 * (virtualised), so this also checks that each position is drawn once, with the row the order puts there.
 */
async function allRows(page: Page): Promise<Array<{ id: string; peak: number }>> {
  return page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('[data-testid=outbreak-index]')!;
    const byIndex = new Map<number, { id: string; peak: number }>();
    scroller.scrollTop = 0;
    for (let last = -1; last !== scroller.scrollTop; scroller.scrollTop += scroller.clientHeight / 2) {
      last = scroller.scrollTop;
      // Inline (no named helper: the test runner's transform would wrap it in a helper the page does not have).
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (const row of document.querySelectorAll<HTMLElement>('[data-testid=episode-row]')) {
        byIndex.set(Number(row.dataset.index), { id: row.dataset.id!, peak: Number(row.dataset.peak) });
      }
    }
    scroller.scrollTop = 0;
    return [...byIndex].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
  });
}
const rowIds = async (page: Page) => (await allRows(page)).map((row) => row.id);
const rowPeaks = async (page: Page) => (await allRows(page)).map((row) => row.peak);
const drawnRows = (page: Page) => page.$$eval('[data-testid=episode-row]', (rows) => rows.length);
/** Waits until the focus is on the episode link of that row, in view (the row is drawn once scrolled to). */
async function focusIsOn(page: Page, id: string) {
  await page.waitForFunction((expected) => {
    const link = document.activeElement as HTMLElement | null;
    if (!link?.classList.contains('episode-link') || link.closest('tr')?.getAttribute('data-id') !== expected) return false;
    const box = link.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  }, id);
}
/** The episodes in the index's first order: by start, then id. */
const byStart = [...lines].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)).map((e) => e.id);
const waitForCount = (page: Page, n: number) => page.waitForFunction((expected) => Number(document.querySelector('[data-testid=index-count]')?.getAttribute('data-count')) === expected, n);
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

describe('outbreak index', () => {
  it('opens from the outbreak picker with every episode, finds 西安 by "xian", sorts by peak both ways', async () => {
    const { page, context, errors } = await offlinePage(session.browser, session.server.base);
    await page.goto(session.server.base);
    await page.waitForSelector('.atlas', { timeout: 30_000 });
    await page.selectOption('[data-testid=outbreak-picker]', 'outbreaks');
    await page.waitForSelector('[data-testid=outbreak-index] [data-testid=index-count]', { timeout: 30_000 });
    assert.equal(param(page, 'o'), 'outbreaks');
    assert.equal(await count(page), lines.length);
    assert.equal(await page.getAttribute('[data-testid=episode-table]', 'aria-rowcount'), String(lines.length + 1));
    assert.ok(await drawnRows(page) < lines.length, 'only the rows near the view are drawn');
    assert.deepEqual(await rowIds(page), byStart, 'a row per episode, by start');
    const timing = await page.evaluate(() => performance.getEntriesByName('atlas:outbreak-index').map((entry) => entry.duration));
    assert.equal(timing.length, 1, 'the first render is measured');
    console.log(`atlas:outbreak-index first render with ${lines.length} rows: ${timing[0].toFixed(0)} ms`);

    await page.fill('[data-testid=index-search]', 'xian');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=index-count]')?.getAttribute('data-count')) < 724);
    const found = await rowIds(page);
    for (const id of xianIds) assert.ok(found.includes(id), `${id} (西安市) found by "xian"`);
    assert.equal(param(page, 'q'), 'xian');
    await page.fill('[data-testid=index-search]', '');
    await waitForCount(page, lines.length);

    await page.click('[data-testid=sort-peak]');
    await page.waitForFunction(() => document.querySelector('th:has([data-testid=sort-peak])')?.getAttribute('aria-sort') === 'descending');
    const peaks = await rowPeaks(page);
    assert.equal(peaks[0], largestPeak, 'the largest peak of episodes.json on top');
    assert.ok(peaks.every((p, i) => i === 0 || peaks[i - 1] >= p), 'largest first all the way down');
    assert.equal(await page.getAttribute('th:has([data-testid=sort-start])', 'aria-sort'), 'none');
    assert.equal(param(page, 'sort'), 'peak');
    await page.click('[data-testid=sort-peak]');
    await page.waitForFunction(() => document.querySelector('th:has([data-testid=sort-peak])')?.getAttribute('aria-sort') === 'ascending');
    assert.equal((await rowPeaks(page))[0], smallestPeak);
    assert.equal(param(page, 'dir'), 'asc');
    // The outbreak view it started from asked for map tiles, refused offline.
    assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
    await context.close();
  });

  it('follows a deep link with filters, drops a bad value with a notice, and links each row to its episode and to China on its peak day', async () => {
    const { page, context, errors } = await openIndex(`?o=outbreaks&sort=peak&prov=${encodeURIComponent('陕西省')}&y=2021&q=xian&min=50`);
    const expected = lines.filter((e) => e.province === '陕西省' && e.start <= '2021-12-31' && e.end >= '2021-01-01');
    const ids = await rowIds(page);
    assert.ok(ids.length > 0 && ids.length <= expected.length);
    assert.ok(ids.includes('610100-20211215'), '西安市 2021-12-15 is in the list');
    for (const id of ids) assert.ok(expected.some((e) => e.id === id), `${id} is a 陕西省 episode in force in 2021`);
    const peaks = await rowPeaks(page);
    assert.ok(peaks.every((p, i) => i === 0 || peaks[i - 1] >= p), 'sorted by peak, largest first');
    assert.equal(await page.inputValue('[data-testid=index-province]'), '陕西省');
    assert.equal(await page.inputValue('[data-testid=index-year]'), '2021');
    assert.equal(await page.inputValue('[data-testid=index-search]'), 'xian');
    assert.match((await page.textContent('[data-testid=ignored-notice]')) ?? '', /min=50/);
    await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('min'));
    assert.equal(param(page, 'prov'), '陕西省');

    const xian = lines.find((e) => e.id === '610100-20211215')!;
    const row = page.locator('[data-testid=episode-row][data-id="610100-20211215"]');
    assert.equal(await row.locator('.episode-link').getAttribute('href'), '?o=610100-20211215');
    assert.equal(await row.locator('.peak-link').getAttribute('href'), `?o=china&d=${xian.peakDay}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('moves by row with the keyboard, and says when no outbreak matches with a way to clear the filters (en)', async () => {
    const { page, context, errors } = await openIndex('?o=outbreaks&lang=en');
    assert.match((await page.textContent('h2')) ?? '', /Outbreak index/);
    const ids = byStart;
    await page.focus('[data-testid=episode-row][data-index="0"] .episode-link');
    await page.keyboard.press('ArrowDown');
    await focusIsOn(page, ids[1]);
    await page.keyboard.press('End');
    await focusIsOn(page, ids[ids.length - 1]);
    await page.keyboard.press('ArrowUp');
    await focusIsOn(page, ids[ids.length - 2]);
    await page.keyboard.press('Home');
    await focusIsOn(page, ids[0]);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused link shows its focus');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('o') === ids[0]);

    await page.goto(`${session.server.base}?o=outbreaks&lang=en&q=qqqq`);
    await page.waitForSelector('[data-testid=index-empty]');
    assert.match((await page.textContent('[data-testid=index-empty]')) ?? '', /No outbreak matches/);
    await page.click('[data-testid=index-empty] button');
    await waitForCount(page, lines.length);
    assert.equal(param(page, 'q'), null);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('fetches episodes.json and its names once for the index, an episode opened from it and the comparison', async () => {
    const { page, context, errors } = await offlinePage(session.browser, session.server.base);
    const fetched: string[] = [];
    page.on('request', (request) => {
      const name = /geo\/official\/(episodes|episode-names)\.json$/.exec(request.url())?.[1];
      if (name) fetched.push(name);
    });
    await page.goto(`${session.server.base}?o=outbreaks&q=xian`);
    await page.waitForSelector(`[data-testid=episode-row][data-id="${xianIds[0]}"]`, { timeout: 30_000 });
    await page.click(`[data-testid=episode-row][data-id="${xianIds[0]}"] .episode-link`);
    await page.waitForSelector('[data-testid=episode-panel]', { timeout: 30_000 });
    assert.equal(param(page, 'o'), xianIds[0]);
    await page.goBack();
    await page.waitForSelector('[data-testid=compare-toggle]', { timeout: 30_000 });
    const ticks = page.locator('[data-testid=compare-toggle]');
    await ticks.nth(0).check();
    await ticks.nth(1).check();
    await page.click('[data-testid=compare-open]');
    // Attached, not visible: a curve of a small episode can be a flat line.
    await page.waitForSelector('[data-testid=compare-curve]', { state: 'attached', timeout: 30_000 });
    assert.equal(await page.locator('[data-testid=compare-curve]').count(), 2);
    assert.deepEqual(fetched.sort(), ['episode-names', 'episodes'], 'each file fetched once over the three views');
    assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
    await context.close();
  });

  it('says when the episodes cannot be loaded, and loads them on "try again"', async () => {
    const { page, context, errors } = await offlinePage(session.browser, session.server.base);
    let refuse = true;
    // Registered after offlinePage's route, so it is asked first.
    await context.route('**/geo/official/episodes.json', (route) => (refuse ? route.fulfill({ status: 500, body: 'down' }) : route.continue()));
    await page.goto(`${session.server.base}?o=outbreaks&lang=en`);
    await page.waitForSelector('[data-testid=index-error]', { timeout: 30_000 });
    assert.match((await page.textContent('[data-testid=index-error]')) ?? '', /could not be loaded.*HTTP 500/s);
    refuse = false;
    await page.click('[data-testid=index-error] button');
    await waitForCount(page, lines.length);
    assert.deepEqual(errors.filter((e) => !e.includes('500')), []);
    await context.close();
  });

  for (const [viewport, lang] of [[{ width: 1280, height: 800 }, 'zh'], [{ width: 390, height: 844 }, 'en']] as const) {
    it(`axe-core finds no critical or serious violation in the outbreak index (${viewport.width} px, ${lang})`, async () => {
      const { page, context } = await openIndex(`?o=outbreaks&sort=peak&lang=${lang}`, viewport);
      await page.waitForSelector('[data-testid=episode-row]');
      const found = await seriousViolations(page);
      assert.deepEqual(found, [], found.map((v) => `${v.impact} ${v.id} (${v.help}): ${v.targets.slice(0, 5).join(', ')}`).join('\n'));
      await context.close();
    });
  }
});
