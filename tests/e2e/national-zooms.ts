/**
 * The national view at every zoom band over the places with the most areas, on their busiest days: no page error
 * and no console error at any step, and the page never blank (issue 21: a county without a label point crashed the
 * whole page at county zoom). The zoom is changed as back/forward does (the URL, then popstate), and by the
 * keyboard list of places in view (Enter on a place zooms in), as a reader does.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { nationalReady, open } from './national';

const PLACES = [
  { name: 'Shanghai', day: '2022-04-20', centre: '31.0871,121.4142' },
  { name: 'Beijing', day: '2022-11-25', centre: '39.9042,116.4074' },
  { name: 'Guangzhou', day: '2022-11-25', centre: '23.1291,113.2644' },
  { name: 'Shijiazhuang', day: '2021-01-15', centre: '38.0428,114.5149' },
  { name: 'Urumqi', day: '2022-11-11', centre: '43.8256,87.6168' },
];
/** Country 4-5, province 6, prefecture 5-6, county 7-9, single areas 10 and on. */
const ZOOMS = [4, 5, 6, 7, 8, 9, 10, 11];

/** Errors of the page and of its console; the tiles are answered (national.ts), so nothing expected fails. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** The map has drawn at `zoom` (the layers mark each draw with its zoom), two frames on. */
async function drawnAt(page: Page, zoom: number) {
  await page.waitForFunction((z) => (performance.getEntriesByName('atlas:national-draw').at(-1) as PerformanceMark | undefined)?.detail?.zoom === z, zoom, { timeout: 30_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function stillThere(page: Page, where: string, errors: string[]) {
  assert.equal(await page.locator('.atlas.is-national').count(), 1, `${where}: the view is on the page`);
  assert.equal(await page.locator('[data-testid=view-error]').count(), 0, `${where}: no error message`);
  assert.deepEqual(errors, [], where);
}

describe('national view at every zoom', () => {
  for (const place of PLACES) {
    it(`draws every zoom band over ${place.name} on ${place.day} without an error`, async () => {
      const { page, context, errors } = await open(`?o=china&d=${place.day}&z=8&c=${place.centre}`);
      errors.push(...consoleErrors(page));
      await nationalReady(page);
      await drawnAt(page, 8);
      await stillThere(page, 'opened at z=8', errors);
      for (const zoom of ZOOMS) {
        await page.evaluate(({ z, c }) => {
          const query = new URLSearchParams(window.location.search);
          query.set('z', String(z));
          query.set('c', c);
          window.history.pushState(null, '', `?${query.toString().replace(/%2C/g, ',')}`);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, { z: zoom, c: place.centre });
        await drawnAt(page, zoom);
        await stillThere(page, `z=${zoom}`, errors);
      }
      await context.close();
    });
  }

  it('zooms into Shanghai from the country by Enter twice on the list of places in view, without an error', async () => {
    const { page, context, errors } = await open('?o=china&d=2022-04-20');
    errors.push(...consoleErrors(page));
    await nationalReady(page);
    for (const zoom of [6, 8]) {
      const shanghai = page.locator('[data-testid=official-list] button', { hasText: '上海市' }).first();
      await shanghai.waitFor({ timeout: 30_000 });
      await shanghai.focus();
      await page.keyboard.press('Enter');
      await drawnAt(page, zoom);
      await stillThere(page, `Enter to z=${zoom}`, errors);
    }
    await context.close();
  });
});

describe('a view that fails to render', () => {
  it('shows a message and a link back to the default view, never a blank page (a browser without Array.prototype.findLast)', async () => {
    // Safari before 15.4 and Chrome before 97 lack findLast, which an area's history uses (src/national/record.ts):
    // opening a link to an area there throws while the view renders. Without a boundary the page went blank.
    const logged: string[] = [];
    const { page, context } = await open('?o=china&d=2022-11-20&sel=official:0&lang=en', {}, async (ctx) => {
      ctx.on('console', (line) => {
        if (line.type() === 'error') logged.push(line.text());
      });
      await ctx.addInitScript(() => {
        delete (Array.prototype as { findLast?: unknown }).findLast;
      });
    });
    const message = page.locator('[data-testid=view-error]');
    await message.waitFor({ timeout: 60_000 });
    assert.match((await message.textContent()) ?? '', /Something went wrong while showing this view\..*findLast/);
    // The error is kept in the console for a bug report.
    assert.ok(logged.some((e) => /View failed to render/.test(e)), logged.join('\n'));
    const home = page.locator('[data-testid=view-error-home]');
    assert.equal(await home.textContent(), 'Back to the default view');
    await home.click();
    await page.waitForSelector('.atlas.is-national', { timeout: 30_000 });
    assert.equal(new URL(page.url()).search, '?o=china&lang=en');
    assert.equal(await page.locator('[data-testid=view-error]').count(), 0);
    await context.close();
  });
});
