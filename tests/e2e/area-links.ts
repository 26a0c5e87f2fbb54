/**
 * Links to an official area: `sel=official:<key>` (stable across rebuilds) opens it; an older link's build-order id
 * opens the same area it opened before keys (through the frozen legacy table, fetched only then) and the URL is
 * rewritten to the key; an id or key the record lacks says so in the notices.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { loadOfficial } from '../../src/node/official-files';
import { areaKeyOfAddress } from '../../src/official/area-key';
import { keyOfLegacyId, legacyIdsFileOf, legacyIdsFileSchema } from '../../src/official/legacy-ids';
import { dayNumber } from '../../src/core/calendar-day';
import { nationalReady, open } from './national';

const DAY = '2022-11-20';
const record = loadOfficial();
/** A 北京 area listed on DAY with a point, named by the build-order id links carried before keys. */
const legacyId = (() => {
  const day = dayNumber(DAY);
  const inForce = new Set(record.intervals.filter((i) => i.first <= day && i.last >= day).map((i) => i.area));
  const area = record.areas.find((a) => inForce.has(a.id) && a.province === '北京市' && a.lon !== undefined);
  assert.ok(area, `a 北京 area in force on ${DAY}`);
  return area.id;
})();
/** What that link opened before keys: the key the frozen table gives its id (written from the record as it was then). */
const legacyKey = (() => {
  const file = legacyIdsFileSchema.parse(JSON.parse(fs.readFileSync(`geo/official/${legacyIdsFileOf(legacyId)}`, 'utf8')));
  const key = keyOfLegacyId(file, legacyId);
  assert.ok(key);
  return key;
})();

/** Opens the link, counting the fetches of the legacy table from the first request on. */
async function openCounting(query: string) {
  const fetched: string[] = [];
  const opened = await open(query, {}, async (context) => {
    context.on('request', (request) => {
      if (request.url().includes('/legacy-ids/')) fetched.push(request.url());
    });
  });
  return { ...opened, fetched };
}

const panelAreaId = async (page: Page) => Number(await page.locator('[data-testid=official-panel]').getAttribute('data-area-id'));

describe('links to an official area', () => {
  it('opens an older link\'s build-order id on the same area, rewriting the URL to its key (replace)', async () => {
    const { page, context, errors, fetched } = await openCounting(`?o=china&d=${DAY}&lang=en&sel=official:${legacyId}`);
    await page.waitForSelector('[data-testid=official-panel]', { timeout: 60_000 });
    const id = record.keys.idOf(legacyKey);
    assert.ok(id !== undefined, 'the table\'s key is in the record');
    assert.equal(await panelAreaId(page), id);
    assert.equal(record.areas.find((a) => a.id === id)?.address, record.areas.find((a) => a.id === legacyId)?.address);
    await page.waitForFunction((key) => window.location.search.endsWith(`&sel=official:${key}`), legacyKey);
    assert.equal(new URL(page.url()).search, `?o=china&d=${DAY}&lang=en&sel=official:${legacyKey}`);
    // Replaced, not pushed: back leaves the page (about:blank before it), not to the numeric link.
    assert.equal(await page.evaluate(() => window.history.length), 2);
    assert.deepEqual(fetched.map((url) => new URL(url).pathname.split('/official/')[1]), [legacyIdsFileOf(legacyId)]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('opens a key link on its area without fetching the legacy table', async () => {
    const { page, context, errors, fetched } = await openCounting(`?o=china&d=${DAY}&lang=en&sel=official:${legacyKey}`);
    await nationalReady(page);
    await page.waitForSelector('[data-testid=official-panel]', { timeout: 30_000 });
    assert.equal(await panelAreaId(page), record.keys.idOf(legacyKey));
    assert.equal(new URL(page.url()).search, `?o=china&d=${DAY}&lang=en&sel=official:${legacyKey}`);
    assert.deepEqual(fetched, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('writes the key of an area chosen in the view (pushed: back closes it)', async () => {
    const { page, context, errors } = await open(`?o=china&d=${DAY}&z=12&c=39.9180,116.4500&lang=en`);
    await nationalReady(page);
    const first = page.locator('[data-testid=official-list] button').first();
    await first.waitFor({ timeout: 30_000 });
    await first.click();
    await page.waitForSelector('[data-testid=official-panel]');
    const id = await panelAreaId(page);
    const address = record.areas.find((a) => a.id === id)?.address;
    assert.ok(address);
    await page.waitForFunction((key) => window.location.search.endsWith(`&sel=official:${key}`), areaKeyOfAddress(address));
    await page.goBack();
    await page.waitForFunction(() => !window.location.search.includes('sel='));
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const value of ['9999999', 'zzzzzzzzzzz']) {
    it(`says "no such risk area" for sel=official:${value}, and drops it from the URL`, async () => {
      const { page, context, errors } = await open(`?o=china&d=${DAY}&lang=en&sel=official:${value}`);
      await page.waitForFunction((v) => document.querySelector('.notice')?.textContent?.includes(`official:${v}`) ?? false, value, { timeout: 60_000 });
      assert.match((await page.locator('.notice', { hasText: `official:${value}` }).textContent()) ?? '', /no such risk area/);
      await page.waitForFunction(() => !window.location.search.includes('sel='));
      assert.equal(await page.locator('[data-testid=official-panel]').count(), 0);
      assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
      await context.close();
    });
  }
});
