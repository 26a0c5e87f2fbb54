/**
 * Browser tests of the trip check chosen through its panel, as a new reader does it (issue 21): search a place,
 * set the radius and the range; the slider goes to a day of the range on which a place found is in force, the
 * places are marked on the map, a picked place opens on one of its days, and the field keeps the place's name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { dayNumber } from '../../src/core/calendar-day';
import { ARTIFACTS, open } from './session';

const FROM = '2022-10-01';
const TO = '2022-10-20';

const isoIn = (text: string | null | undefined) => /\d{4}-\d{2}-\d{2}/.exec(text ?? '')?.[0] ?? '';
const inRange = (iso: string) => dayNumber(iso) >= dayNumber(FROM) && dayNumber(iso) <= dayNumber(TO);

async function recordReady(page: Page) {
  await page.waitForSelector('[data-testid=national-loading]', { state: 'detached', timeout: 60_000 });
}

/** Types `query`, picks the first match, then sets a field of the trip as a reader does (type, Enter). */
async function chooseTrip(page: Page, query: string) {
  await page.fill('[data-testid=trip-search]', query);
  await page.locator('[data-testid=trip-matches] button').first().click();
  for (const [field, value] of [['trip-radius', '3'], ['trip-from', FROM], ['trip-to', TO]] as const) {
    await page.fill(`[data-testid=${field}]`, value);
    await page.press(`[data-testid=${field}]`, 'Enter');
  }
  await page.waitForFunction(([from, to]) => new URLSearchParams(window.location.search).get('from') === from && new URLSearchParams(window.location.search).get('to') === to, [FROM, TO]);
}

describe('trip check chosen in the panel', () => {
  it('shows a trip chosen through the panel on the map, on a day of its range, as a link does', async () => {
    const { page, context } = await open('?o=china');
    await recordReady(page);
    await chooseTrip(page, '金水区');
    const results = page.locator('[data-testid=trip-results]');
    await results.waitFor();
    assert.ok(Number(await results.getAttribute('data-count')) > 0, 'the trip should find places');
    // The slider moves into the range, to a day on which a place found is in force.
    await page.waitForFunction(([from, to]) => {
      const iso = /\d{4}-\d{2}-\d{2}/.exec(document.querySelector('[data-testid=current-date]')?.textContent ?? '')?.[0] ?? '';
      return iso >= from && iso <= to;
    }, [FROM, TO]);
    // The places found are marked on the map, numbered as in the list, some in force on the slider's day.
    await page.waitForSelector('.trip-hit-mark.is-in-force');
    assert.equal(await page.locator('.trip-hit-mark.is-within').first().textContent(), '1');
    assert.ok(await page.locator('.trip-hits li.is-in-force').count() > 0, 'the list marks the places in force on the day');
    // The chosen place stays named in the search field.
    assert.match(await page.inputValue('[data-testid=trip-search]'), /金水区/);
    await page.screenshot({ path: `${ARTIFACTS}/trip-ui-desktop.png` });

    // A place picked from the list opens on a day it was in force, with its level.
    await page.locator('[data-testid=trip-results] .trip-hits li button').first().click();
    const panel = page.locator('[data-testid=official-panel]');
    await panel.waitFor();
    const facts = (await panel.locator('.facts dd').first().textContent()) ?? '';
    assert.ok(inRange(isoIn(facts)), `the panel shows ${facts}`);
    assert.equal(await panel.locator('.facts dd .level-tag').count(), 1, `in force on the day shown: ${facts}`);
    assert.ok(inRange(isoIn(await page.textContent('[data-testid=current-date]'))));

    // Back to the trip: its place is still named.
    await panel.locator('button.close').click();
    assert.match(await page.inputValue('[data-testid=trip-search]'), /金水区/);
    await context.close();
  });

  it('ends where the same trip\'s link without a day ends', async () => {
    const ui = await open('?o=china');
    await recordReady(ui.page);
    await chooseTrip(ui.page, '金水区');
    await ui.page.waitForSelector('.trip-hit-mark.is-in-force');
    const day = isoIn(await ui.page.textContent('[data-testid=current-date]'));
    const trip = await ui.page.evaluate(() => new URLSearchParams(window.location.search).get('trip'));
    await ui.context.close();
    const link = await open(`?o=china&trip=${trip}&from=${FROM}&to=${TO}`);
    await recordReady(link.page);
    await link.page.waitForSelector('.trip-hit-mark.is-in-force');
    assert.equal(isoIn(await link.page.textContent('[data-testid=current-date]')), day);
    await link.context.close();
  });

  it('finds a district as readers write it, its parents named', async () => {
    const { page, context } = await open('?o=china&lang=en');
    await recordReady(page);
    for (const query of ['郑州金水区', '郑州 金水', 'jsq', '郑州市金水区']) {
      await page.fill('[data-testid=trip-search]', query);
      const labels = await page.locator('[data-testid=trip-matches] button').allTextContents();
      // In English the parents read in pinyin: "Jinshui Qu · 金水区 (Zhengzhou Shi, Henan Sheng)".
      assert.ok(labels.some((label) => label.includes('金水区') && label.includes('(Zhengzhou Shi, Henan Sheng)')), `${query}: ${labels.join(' | ')}`);
      if (query !== 'jsq') assert.match(labels[0], /^Jinshui Qu · 金水区/, `${query}: the district first`);
    }
    await context.close();
  });
});
