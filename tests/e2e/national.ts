/**
 * Browser tests of the national view, the trip check, typed dates, touch and the AMap basemap: the built app in
 * Debian's Chromium, a reader in America/Los_Angeles (dates are China's calendar days wherever the reader is),
 * desktop and 390 px. Every request outside the preview server is blocked; map tiles are answered with a blank
 * image so the tile grid is laid out (the AMap test measures a marker against it). No timing is asserted.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import turfDistance from '@turf/distance';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import gcoord from 'gcoord';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { outbreakFileSchema } from '../../src/data/schema';
import { decodeOfficial } from '../../src/official/decode';
import { officialMetaSchema, type OfficialChunk } from '../../src/official/schema';
import { dayNumber } from '../../src/core/calendar-day';
import { DEFAULT_TIMELINE_OPTIONS, stateOnDay } from '../../src/time/feature-state';
import { ARTIFACTS, session } from './session';

const BLANK_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

export async function open(query: string, options: BrowserContextOptions = {}, prepare?: (context: BrowserContext) => Promise<void>) {
  const { browser, server } = session;
  const context = await browser.newContext({ viewport: DESKTOP, timezoneId: 'America/Los_Angeles', locale: 'en-US', ...options });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.base)) return route.continue();
    if (/tile\.openstreetmap\.org|autonavi\.com/.test(url)) return route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG });
    return route.abort('internetdisconnected');
  });
  await prepare?.(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${server.base}${query}`);
  await page.waitForSelector('.atlas', { timeout: 30_000 });
  return { context, page, errors };
}

export const currentDate = async (page: Page) => (await page.textContent('[data-testid=current-date]'))?.trim();
/** Waits until the record is in (the totals no longer say "…" and the map has its layers). */
export async function nationalReady(page: Page) {
  await page.waitForSelector('[data-testid=national-loading]', { state: 'detached', timeout: 60_000 });
}

function officialCount(dates: string[]): Array<{ date: string; high: number | null; medium: number | null }> {
  const run = spawnSync('npm', ['run', '-s', 'official:count', '--', ...dates], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim().split('\n').map((line) => JSON.parse(line));
}

describe('national view', () => {
  it('shows the day\'s national totals equal to official:count, and "no data" on a day without lists', async () => {
    const dates = ['2020-08-15', '2021-08-10', '2021-11-01', '2022-04-20', '2022-11-30'];
    const expected = officialCount(dates);
    const { page, context, errors } = await open(`?o=china&d=${dates[0]}`);
    for (const line of expected) {
      await page.fill('[data-testid=date-input]', line.date);
      await page.press('[data-testid=date-input]', 'Enter');
      await page.waitForFunction((date) => document.querySelector('[data-testid=current-date]')?.textContent?.trim() === date, line.date);
      const totals = page.locator('[data-testid=official-totals]');
      await page.waitForFunction(() => document.querySelector('[data-testid=official-totals]')?.textContent !== '…');
      const text = (await totals.textContent()) ?? '';
      if (line.high === null && line.medium === null) assert.match(text, /无数据/, `${line.date}: ${text}`);
      else {
        const numbers = [...text.replace(/,/g, '').matchAll(/\d+/g)].map((m) => Number(m[0]));
        assert.deepEqual(numbers, [line.high, line.medium].filter((n) => n !== null), `${line.date}: ${text}`);
        assert.doesNotMatch(text, /无数据/);
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('reads a day\'s totals (equal to official:count) from the histogram by keyboard, and Enter moves the slider there', async () => {
    const [expected] = officialCount(['2022-04-20']);
    const { page, context, errors } = await open('?o=china&d=2022-04-25&lang=en');
    const plot = '[data-testid=official-histogram] [role=listbox]';
    await page.focus(plot);
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowLeft');
    const option = (await page.textContent(`${plot} [role=option]`)) ?? '';
    assert.match(option, /^2022-04-20; /, option);
    const numbers = [...option.slice('2022-04-20'.length).replace(/,/g, '').matchAll(/\d+/g)].map((m) => Number(m[0]));
    assert.deepEqual(numbers, [expected.high, expected.medium], option);
    assert.equal(await currentDate(page), '2022-04-25', 'choosing a day with the keys does not move the slider');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=current-date]')?.textContent?.trim() === '2022-04-20');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('draws the circles from the counts per region while the single areas load, the same as after, and keeps "no data"', async () => {
    const noDataDay = (() => {
      const meta = officialMetaSchema.parse(JSON.parse(fs.readFileSync('geo/official/meta.json', 'utf8')));
      const index = meta.high.findIndex((high, d) => high === null && meta.medium[d] === null);
      return new Date(Date.parse(`${meta.firstDate}T00:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10);
    })();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The largest year file is held back until released: what the map shows meanwhile comes from unit-days.json.
    const { page, context, errors } = await open('?o=china&d=2022-11-30&lang=en', {}, async (ctx) => {
      await ctx.route(/official-2022\.json$/, async (route) => {
        await held;
        await route.continue();
      });
    });
    const lastDraw = () => page.evaluate(() => {
      const entry = performance.getEntriesByName('atlas:national-draw').at(-1) as (PerformanceMark & { detail: { areas: number } }) | undefined;
      return entry ? { at: entry.startTime, areas: entry.detail.areas } : null;
    });
    await page.waitForFunction(() => ((performance.getEntriesByName('atlas:national-draw').at(-1) as PerformanceMark | undefined)?.detail?.areas ?? 0) > 0);
    const early = await lastDraw();
    assert.match((await page.textContent('[data-testid=national-loading]')) ?? '', /Counts per region shown; loading the individual areas/);
    assert.notEqual(await page.textContent('[data-testid=official-totals]'), '…');

    await page.fill('[data-testid=date-input]', noDataDay);
    await page.press('[data-testid=date-input]', 'Enter');
    await page.waitForSelector('[data-testid=no-data-banner]');
    assert.match((await page.textContent('[data-testid=official-totals]')) ?? '', /no data/);
    await page.fill('[data-testid=date-input]', '2022-11-30');
    await page.press('[data-testid=date-input]', 'Enter');
    await page.waitForSelector('[data-testid=no-data-banner]', { state: 'detached' });

    const releasedAt = await page.evaluate(() => performance.now());
    release();
    await nationalReady(page);
    // The layers made for the record draw in the frame after it is in.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const full = await lastDraw();
    assert.ok(early && full && early.areas > 0 && full.at > releasedAt);
    assert.equal(full.areas, early.areas, 'the circles count as many areas from the record as from the counts per region');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('answers the slider while the year file is loading in its worker, and keeps the stepped day once the areas are in', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = () => {};
    const requested = new Promise<void>((resolve) => {
      asked = resolve;
    });
    const { page, context, errors } = await open('?o=china&d=2022-11-20&lang=en', {}, async (ctx) => {
      await ctx.route(/official-2022\.json$/, async (route) => {
        asked();
        await held;
        await route.continue();
      });
    });
    await requested;
    // The year file is fetched, parsed and decoded off the main thread.
    assert.ok(page.workers().some((worker) => /official-years/.test(worker.url())), `workers: ${page.workers().map((w) => w.url()).join(', ')}`);
    await page.waitForSelector('[data-testid=national-loading]');
    await page.focus('[data-testid=time-slider]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid=current-date]')?.textContent?.trim() === '2022-11-21');
    assert.equal(await page.locator('[data-testid=national-loading]').count(), 1, 'the step was taken while the record was loading');
    release();
    await nationalReady(page);
    assert.equal(await currentDate(page), '2022-11-21');
    assert.match((await page.textContent('[data-testid=official-totals]')) ?? '', /\d/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('says so when the worker cannot load the year file, and "Try again" loads it', async () => {
    let failing = true;
    const { page, context } = await open('?o=china&d=2022-11-20&lang=en', {}, async (ctx) => {
      await ctx.route(/official-2022\.json$/, (route) => (failing ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
    });
    await page.waitForSelector('[data-testid=national-error]', { timeout: 60_000 });
    assert.match((await page.textContent('[data-testid=national-error]')) ?? '', /official-2022\.json: HTTP 503/);
    failing = false;
    await page.click('[data-testid=national-error] button');
    await nationalReady(page);
    await page.waitForSelector('[data-testid=national-error]', { state: 'detached' });
    await context.close();
  });

  it('draws areas at city zoom and opens an area\'s panel from the keyboard list of areas in view', async () => {
    const { page, context } = await open('?o=china&d=2022-11-20&z=12&c=39.9180,116.4500&lang=en');
    await nationalReady(page);
    const list = page.locator('[data-testid=official-list] button').first();
    await list.waitFor({ timeout: 30_000 });
    await list.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=official-panel]');
    assert.match((await page.textContent('[data-testid=official-rule]')) ?? '', /\w/);
    const firstDate = page.locator('[data-testid=official-history] button').first();
    const dateText = (await firstDate.textContent())?.trim();
    await firstDate.click();
    assert.equal(await currentDate(page), dateText);
    await page.screenshot({ path: `${ARTIFACTS}/national-city-desktop.png` });
    await context.close();
  });
});

describe('national view on a small screen, offline', () => {
  for (const [viewport, lang] of [[PHONE, 'zh'], [PHONE, 'en'], [DESKTOP, 'en']] as const) {
    it(`keeps the header to one row with every control reachable, and its notices over the map, dismissable (${viewport.width} px, ${lang})`, async () => {
      const { browser, server } = session;
      // The tiles fail here (every request outside the server is refused), so the offline notice comes up.
      const context = await browser.newContext({ viewport, timezoneId: 'America/Los_Angeles' });
      await context.route('**/*', (route) => (route.request().url().startsWith(server.base) ? route.continue() : route.abort('internetdisconnected')));
      const page = await context.newPage();
      await page.goto(`${server.base}?o=china&d=2021-11-01&lang=${lang}`);
      await page.waitForSelector('[data-testid=offline-notice]', { timeout: 30_000 });
      await page.waitForSelector('[data-testid=no-data-banner]');
      const header = (await page.locator('.app-header').boundingBox())!;
      assert.ok(header.height <= 50, `header height ${header.height}px`);
      const tops = await page.$$eval('.app-header h1, .app-header button, .app-header select', (elements: Element[]) => elements
        .filter((e) => e.getBoundingClientRect().height > 0).map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)));
      assert.ok(Math.max(...tops) - Math.min(...tops) <= 4, `controls on one row: ${tops.join(', ')}`);
      // The notices (the tiles' failure, the day without a list) sit over the map, below the header, not over each other.
      const boxes = await page.$$eval('[data-testid=notices] > *', (elements: Element[]) => elements.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      const map = (await page.locator('.atlas-map').boundingBox())!;
      for (const box of boxes) assert.ok(box.top >= map.y && box.top >= header.y + header.height, `a notice at ${box.top}, the map from ${map.y}`);
      for (let i = 1; i < boxes.length; i += 1) assert.ok(boxes[i].top >= boxes[i - 1].bottom, 'notices one below the other');
      if (viewport.width < 720) await page.click('[data-testid=header-menu]');
      await page.selectOption('[data-testid=basemap-picker]', 'amap');
      await page.waitForFunction(() => new URLSearchParams(window.location.search).get('b') === 'amap');
      await page.click('[data-testid=offline-notice] .dismiss');
      await page.waitForSelector('[data-testid=offline-notice]', { state: 'detached' });
      await context.close();
    });
  }
});

describe('national view fitted above the phone\'s sheet', () => {
  it('fits a linked trip\'s circle into the part of the map the sheet leaves', async () => {
    const { page, context } = await open('?o=china&trip=36.09,114.35,5&lang=en', { viewport: PHONE });
    await nationalReady(page);
    const centre = page.locator('.trip-centre');
    await centre.waitFor();
    const layout = await page.evaluate(() => ({
      centre: document.querySelector('.trip-centre')!.getBoundingClientRect().toJSON() as DOMRect,
      map: document.querySelector('.atlas-map')!.getBoundingClientRect().toJSON() as DOMRect,
      sheetTop: document.querySelector('.side-panel')!.getBoundingClientRect().top,
    }));
    const y = layout.centre.top + layout.centre.height / 2;
    const middle = (layout.map.top + Math.min(layout.map.bottom, layout.sheetTop)) / 2;
    assert.ok(Math.abs(y - middle) <= 20, `the trip's centre at ${Math.round(y)} px, the middle of the map above the sheet at ${Math.round(middle)}`);
    await context.close();
  });
});

describe('trip check', () => {
  const point = { lat: 36.09, lon: 114.35 };
  const radiusKm = 3;
  const [from, to] = ['2022-01-08', '2022-01-20'];

  /** What should be found, computed here from the shipped files without the app's trip code. */
  function expectedWithin(): Array<{ name: string; km: number }> {
    const meta = officialMetaSchema.parse(JSON.parse(fs.readFileSync('geo/official/meta.json', 'utf8')));
    const chunks = meta.chunks.map((c) => JSON.parse(fs.readFileSync(`geo/official/${c.file}`, 'utf8')) as OfficialChunk);
    const record = decodeOfficial(meta, chunks);
    const [f, t] = [dayNumber(from), dayNumber(to)];
    const listed = new Set(record.intervals.filter((i) => i.first <= t && i.last >= f).map((i) => i.area));
    const hits: Array<{ name: string; km: number }> = [];
    for (const area of record.areas) {
      if (!listed.has(area.id) || area.lon === undefined || area.lat === undefined) continue;
      const km = turfDistance([point.lon, point.lat], [area.lon, area.lat]);
      if (km <= radiusKm) hits.push({ name: area.address, km });
    }
    for (const file of fs.readdirSync('geo/outbreaks')) {
      const outbreak = outbreakFileSchema.parse(JSON.parse(fs.readFileSync(`geo/outbreaks/${file}`, 'utf8')));
      for (const feature of outbreak.features) {
        const events = feature.properties.events;
        let active = false;
        for (let day = f; day <= t && !active; day += 1) {
          active = stateOnDay(events.map((e) => dayNumber(e.date)), events.map((e) => e.status), day, DEFAULT_TIMELINE_OPTIONS, dayNumber(outbreak.outbreak.period.end)).phase === 'active';
        }
        if (!active) continue;
        const km = feature.geometry.type === 'Point' ? turfDistance([point.lon, point.lat], feature.geometry.coordinates) : Math.max(0, pointToPolygonDistance([point.lon, point.lat], feature.geometry));
        if (km <= radiusKm) hits.push({ name: feature.properties.name, km });
      }
    }
    return hits.sort((a, b) => a.km - b.km);
  }

  it('lists every place in force within the radius in the range, nearest first, as computed independently', async () => {
    const expected = expectedWithin();
    assert.ok(expected.length > 0, 'the fixture trip should find something');
    const { page, context } = await open(`?o=china&d=2022-01-15&trip=${point.lat},${point.lon},${radiusKm}&from=${from}&to=${to}`);
    await nationalReady(page);
    const results = page.locator('[data-testid=trip-results]');
    await results.waitFor();
    assert.equal(Number(await results.getAttribute('data-count')), expected.length);
    const first = (await page.locator('[data-testid=trip-results] .trip-hits li').first().textContent()) ?? '';
    assert.ok(first.includes(expected[0].name), `${first} vs ${expected[0].name}`);
    await page.screenshot({ path: `${ARTIFACTS}/trip-desktop.png` });
    await context.close();
  });

  it('says "none" in words where nothing was in force', async () => {
    const { page, context } = await open('?o=china&lang=en&trip=40.5,90.5,2&from=2021-03-01&to=2021-03-02');
    await nationalReady(page);
    await page.waitForSelector('[data-testid=trip-results]');
    assert.match((await page.textContent('[data-testid=trip-results]')) ?? '', /No risk area or report place was in force within 2 km/);
    await context.close();
  });

  it('cleans bad input with a notice and writes the cleaned URL back', async () => {
    const { page, context, errors } = await open('?o=china&lang=en&trip=36.09,114.35,80&from=2022-02-01&to=2022-01-01');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('trip') === '36.09,114.35,50');
    const params = new URL(page.url()).searchParams;
    assert.deepEqual([params.get('from'), params.get('to')], ['2022-01-01', '2022-02-01']);
    const notice = (await page.textContent('[data-testid=ignored-notice]')) ?? '';
    assert.match(notice, /trip=36\.09,114\.35,80/);
    assert.match(notice, /from=/);
    await context.close();
    const outside = await open('?o=china&lang=en&trip=48.85,2.35,5');
    await outside.page.waitForFunction(() => !new URLSearchParams(window.location.search).has('trip'));
    assert.match((await outside.page.textContent('[data-testid=ignored-notice]')) ?? '', /outside China/);
    await outside.context.close();
    const garbage = await open('?o=china&trip=<b>x</b>&from=soon');
    await garbage.page.waitForFunction(() => !new URLSearchParams(window.location.search).has('trip'));
    assert.deepEqual([...errors, ...garbage.errors], []);
    await garbage.context.close();
  });
});

describe('dates by hand and by touch', () => {
  it('jumps to a typed date on Enter, clamps one outside the record with a notice, and refuses a non-date', async () => {
    const { page, context } = await open('?o=china&d=2022-11-01&lang=en');
    const input = '[data-testid=date-input]';
    await page.fill(input, '2022/11/30');
    await page.press(input, 'Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=current-date]')?.textContent?.trim() === '2022-11-30');
    await page.fill(input, '2030-01-01');
    await page.press(input, 'Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=current-date]')?.textContent?.trim() === '2022-12-24');
    assert.match((await page.textContent('[data-testid=date-input-notice]')) ?? '', /outside the range; moved to 2022-12-24/);
    await page.fill(input, 'soon');
    await page.press(input, 'Enter');
    assert.match((await page.textContent('[data-testid=date-input-notice]')) ?? '', /not a valid date/);
    assert.equal(await currentDate(page), '2022-12-24');
    await context.close();
  });

  it('moves the date by a touch drag on the slider, whose target is at least 44 px tall on a phone', async () => {
    const { page, context } = await open('?o=china&d=2020-09-01', { viewport: PHONE, hasTouch: true, isMobile: true });
    const slider = page.locator('[data-testid=time-slider]');
    const box = (await slider.boundingBox())!;
    assert.ok(box.height >= 44, `slider target ${box.height}px`);
    const before = await currentDate(page);
    const cdp = await context.newCDPSession(page);
    const y = box.y + box.height / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', box.x + box.width * 0.05);
    for (let k = 1; k <= 10; k += 1) await touch('touchMove', box.x + box.width * (0.05 + 0.07 * k));
    await touch('touchEnd', box.x + box.width * 0.75);
    await page.waitForFunction((old) => document.querySelector('[data-testid=current-date]')?.textContent?.trim() !== old, before);
    const after = (await currentDate(page))!;
    assert.ok(dayNumber(after) > dayNumber(before!) + 200, `${before} → ${after}`);
    await page.screenshot({ path: `${ARTIFACTS}/national-phone.png` });
    await context.close();
  });
});

describe('AMap basemap', () => {
  /** World pixel (at the map's zoom) of the trip's centre mark, read against the tile grid. */
  async function markWorldPixel(page: Page, tilePattern: RegExp) {
    return page.evaluate((pattern) => {
      const mark = document.querySelector('.trip-centre')!.getBoundingClientRect();
      const re = new RegExp(pattern);
      for (const tile of document.querySelectorAll<HTMLImageElement>('.leaflet-tile-pane img')) {
        const match = re.exec(tile.src);
        if (!match?.groups) continue;
        const rect = tile.getBoundingClientRect();
        const [x, y] = [Number(match.groups.x), Number(match.groups.y)];
        return [x * 256 + (mark.left + mark.width / 2 - rect.left), y * 256 + (mark.top + mark.height / 2 - rect.top)];
      }
      return null;
    }, tilePattern.source);
  }

  it('is offered, and draws a point shifted to GCJ-02 on its tiles by the expected offset', async () => {
    const [lat, lon, zoom] = [39.909, 116.397, 15];
    const query = `?o=china&d=2022-11-20&trip=${lat},${lon},1&z=${zoom}&c=${lat},${lon}`;
    const osm = await open(query);
    const options = await osm.page.$$eval('[data-testid=basemap-picker] option', (o: Element[]) => o.map((e) => (e as HTMLOptionElement).value));
    assert.ok(options.includes('amap'), options.join());
    await osm.page.waitForSelector('.leaflet-tile-pane img[src*="openstreetmap"]');
    await osm.page.waitForSelector('.trip-centre');
    const onOsm = (await markWorldPixel(osm.page, /\/(?<z>\d+)\/(?<x>\d+)\/(?<y>\d+)\.png/))!;
    await osm.context.close();
    const amap = await open(`${query}&b=amap`);
    await amap.page.waitForSelector('.leaflet-tile-pane img[src*="autonavi"]');
    await amap.page.waitForSelector('.trip-centre');
    const onAmap = (await markWorldPixel(amap.page, /x=(?<x>\d+)&y=(?<y>\d+)&z=(?<z>\d+)/))!;
    // The map says, in the reader's language (Chinese here), that the data is shifted to GCJ-02 for display.
    assert.match((await amap.page.textContent('.leaflet-control-attribution')) ?? '', /高德地图 AutoNavi \(GCJ-02 底图；本图的 WGS-84 数据为显示已相应偏移\)/);
    await amap.page.screenshot({ path: `${ARTIFACTS}/amap-offset.png` });
    await amap.context.close();
    // Expected: Web Mercator pixels of the GCJ-02 point minus those of the WGS-84 point, at this zoom.
    const world = (lo: number, la: number) => {
      const scale = 256 * 2 ** zoom;
      const s = Math.sin((la * Math.PI) / 180);
      return [((lo + 180) / 360) * scale, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale];
    };
    const [glon, glat] = gcoord.transform([lon, lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
    const expected = [world(glon, glat)[0] - world(lon, lat)[0], world(glon, glat)[1] - world(lon, lat)[1]];
    const moved = [onAmap[0] - onOsm[0], onAmap[1] - onOsm[1]];
    assert.ok(Math.abs(expected[0]) > 100, `the shift at zoom ${zoom} is over a hundred pixels (${expected[0]})`);
    assert.ok(Math.abs(moved[0] - expected[0]) <= 2 && Math.abs(moved[1] - expected[1]) <= 2, `moved ${moved} expected ${expected}`);
  });
});
