/**
 * Which day the national view opens on, and a day without a list (issue 21): a link without a date opens on the
 * last day with areas in force, saying why, with the record's empty last day still reachable; on 2021-11-01 (no
 * list) the totals say "no data" and the map shows 10-31's areas, marked as unconfirmed, never 0 and never lifted.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { currentDate, nationalReady, open } from './national';

/** The last draw of the map's layers: the zoom, and the areas its circles (or dots) count. */
const lastDraw = (page: Page) => page.evaluate(() => (performance.getEntriesByName('atlas:national-draw').at(-1) as (PerformanceMark & { detail: { areas: number; zoom: number } }) | undefined)?.detail ?? null);
async function typeDate(page: Page, date: string) {
  await page.fill('[data-testid=date-input]', date);
  await page.press('[data-testid=date-input]', 'Enter');
  await page.waitForFunction((d) => document.querySelector('[data-testid=current-date]')?.textContent?.trim() === d, date);
}
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

describe('national view: the day it opens on', () => {
  it('opens without a date on 2022-12-23, the last day with areas in force, says why, and still reaches 2022-12-24', async () => {
    const { page, context, errors } = await open('?o=china&lang=en');
    await nationalReady(page);
    assert.equal(await currentDate(page), '2022-12-23');
    const totals = page.locator('[data-testid=official-totals]');
    assert.equal(await totals.getAttribute('data-high'), '3');
    assert.match((await page.textContent('[data-testid=default-day-note]')) ?? '', /2022-12-23 is the last day the lists hold areas in force.*2022-12-24 hold none/);
    await settle(page);
    assert.ok(((await lastDraw(page))?.areas ?? 0) > 0, 'the map draws the day\'s areas');
    assert.equal(new URL(page.url()).searchParams.get('d'), null, 'the default day stays out of the URL');
    await typeDate(page, '2022-12-24');
    assert.equal(await totals.getAttribute('data-high'), '0');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('d') === '2022-12-24');
    assert.equal(await page.locator('[data-testid=default-day-note]').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('national view: a day without a list', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`shows 2021-10-31's areas on 2021-11-01, marked as unconfirmed, with the totals saying no data (${lang})`, async () => {
      const { page, context, errors } = await open(`?o=china&d=2021-10-31&lang=${lang}`);
      await nationalReady(page);
      await settle(page);
      const before = await lastDraw(page);
      assert.ok(before && before.areas > 0, 'areas in force on 10-31');
      await typeDate(page, '2021-11-01');
      await settle(page);
      const banner = (await page.textContent('[data-testid=no-data-banner]')) ?? '';
      assert.match(banner, lang === 'zh' ? /本日无名单；显示 10-31 的状态/ : /No list this day; showing 10-31/);
      assert.match((await page.textContent('[data-testid=official-totals]')) ?? '', lang === 'zh' ? /无数据/ : /no data/);
      assert.equal(await page.locator('.map-wrap.is-unconfirmed').count(), 1, 'the map is marked as unconfirmed');
      assert.equal(await page.locator('.map-wrap').getAttribute('data-shown-day'), '2021-10-31');
      // The list of places in view says whose state it is.
      await page.waitForFunction(() => /10-31/.test(document.querySelector('[data-testid=official-list]')?.textContent ?? ''));
      // The circles count what 10-31's did: not 0, and not lifted.
      assert.equal((await lastDraw(page))?.areas, before.areas);
      await typeDate(page, '2021-11-02');
      assert.equal(await page.locator('.map-wrap.is-unconfirmed').count(), 0);
      assert.equal(await page.locator('[data-testid=no-data-banner]').count(), 0);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
