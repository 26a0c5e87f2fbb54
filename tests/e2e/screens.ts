/** Offline use and small screens. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTIFACTS, aRiskArea, currentDate, open, settled } from './session';

describe('offline and small screens', () => {
  it('falls back to the bundled outline basemap when tiles cannot load', async () => {
    const { page, context, blocked } = await open('?o=anyang&d=2022-01-17');
    await page.waitForSelector('[data-testid=offline-notice]', { timeout: 10_000 });
    assert.ok(blocked.some((url: string) => url.includes('tile.openstreetmap.org')), 'the app tried the OSM tiles first');
    assert.equal(await page.inputValue('[data-testid=basemap-picker]'), 'offline');
    // The outlines are drawn: the basemap's own canvas holds a good share of painted pixels.
    const painted = await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-atlas-basemap-pane canvas');
      if (!canvas || !canvas.width) return 0;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n += 1;
      return n > (canvas.width * canvas.height) / 10 ? n : 0;
    }, undefined, { timeout: 10_000 });
    assert.ok(Number(await painted.jsonValue()) > 0);
    await page.screenshot({ path: `${ARTIFACTS}/main-desktop.png` });
    await context.close();
  });

  it('is usable on a 390 px wide phone', async () => {
    const { page, context } = await open(`?o=anyang&d=2022-01-17&lang=en&sel=${aRiskArea.properties.id}`, { width: 390, height: 844 });
    // Selectors are passed in rather than looked up by a helper inside evaluate: tsx's name-keeping shim does not exist in the page.
    const layout = await page.evaluate(([map, panel, slider]: string[]) => ({
      scrollWidth: document.documentElement.scrollWidth,
      map: document.querySelector(map)!.getBoundingClientRect().toJSON(),
      panel: document.querySelector(panel)!.getBoundingClientRect().toJSON(),
      slider: document.querySelector(slider)!.getBoundingClientRect().toJSON(),
    }), ['.atlas-map', '.side-panel', '[data-testid=time-slider]']);
    assert.ok(layout.scrollWidth <= 390, `no horizontal scrolling (${layout.scrollWidth})`);
    assert.ok(layout.map.height >= 150, `map keeps room (${layout.map.height}px)`);
    assert.ok(layout.panel.top >= layout.map.top + 150, 'the panel is a sheet below the map');
    assert.ok(layout.slider.bottom <= 844 && layout.slider.width > 300, 'the slider is on screen and wide');
    await page.focus('[data-testid=time-slider]');
    await page.keyboard.press('ArrowRight');
    assert.equal(await currentDate(page), '2022-01-18');
    await page.screenshot({ path: `${ARTIFACTS}/main-390px.png` });
    await context.close();
  });

  it('fits the outbreak into the part of the map the phone\'s sheet leaves visible', async () => {
    const { page, context } = await open('?o=anyang&d=2022-01-10&b=offline', { width: 390, height: 844 });
    await page.waitForSelector('.marker-cluster:not(.is-hidden)');
    const layout = await settled(page, () => page.evaluate(() => ({
      sheetTop: document.querySelector('.side-panel')!.getBoundingClientRect().top,
      // Markers and clusters drawn, and the name of 滑县 (a point inside it: the county-wide measure's polygon).
      lowest: Math.max(...[...document.querySelectorAll('.marker-cluster:not(.is-hidden), .atlas-marker:not(.is-inactive)')].map((e) => e.getBoundingClientRect().bottom)),
      huaxian: [...document.querySelectorAll('.atlas-basemap-label')].find((e) => e.textContent === '滑县')?.getBoundingClientRect().bottom ?? Infinity,
    })));
    assert.ok(layout.lowest <= layout.sheetTop, `markers end at ${layout.lowest}, the sheet starts at ${layout.sheetTop}`);
    assert.ok(layout.huaxian <= layout.sheetTop, `滑县 at ${layout.huaxian}, the sheet starts at ${layout.sheetTop}`);
    await context.close();
  });

  for (const [viewport, lang] of [[{ width: 390, height: 844 }, 'zh'], [{ width: 390, height: 844 }, 'en'], [{ width: 1280, height: 800 }, 'en']] as const) {
    it(`keeps the header to one row and lets the reader dismiss a notice (${viewport.width} px, ${lang})`, async () => {
      const { page, context } = await open(`?o=anyang&lang=${lang}`, viewport);
      await page.waitForSelector('[data-testid=offline-notice]');
      const header = (await page.locator('.app-header').boundingBox())!;
      assert.ok(header.height <= 50, `header height ${header.height}px`);
      const tops = await page.$$eval('.app-header h1, .app-header button, .app-header select', (elements: Element[]) => elements
        .filter((e) => e.getBoundingClientRect().height > 0).map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)));
      assert.ok(Math.max(...tops) - Math.min(...tops) <= 4, `controls on one row: ${tops.join(', ')}`);
      // The tagline gives way rather than widening the page.
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= viewport.width, `no horizontal scrolling (${scrollWidth} px)`);
      // Every control is still reachable (on a phone, through the menu).
      if (viewport.width < 720) await page.click('[data-testid=header-menu]');
      await page.selectOption('[data-testid=align-picker]', 'first-case');
      await page.waitForFunction(() => new URLSearchParams(window.location.search).get('a') === 'first');
      await page.click('[data-testid=offline-notice] .dismiss');
      await page.waitForSelector('[data-testid=offline-notice]', { state: 'detached' });
      await context.close();
    });
  }

  it('draws the two switches under the filters alike (show lifted measures, the city\'s official areas)', async () => {
    const { page, context } = await open('?o=anyang&d=2022-01-10');
    await page.waitForSelector('[data-testid=official-toggle]');
    const sizes = await page.$$eval('.filter-footer label, .official-toggle label', (labels: Element[]) => labels.map((l) => getComputedStyle(l).fontSize));
    assert.equal(sizes.length, 2);
    assert.equal(sizes[0], sizes[1], `font sizes ${sizes.join(', ')}`);
    await context.close();
  });

  it('says so when no feature matches the filters', async () => {
    const { page, context } = await open('?o=anyang&q=zzzz&lang=en');
    assert.equal(await page.textContent('[data-testid=visible-count]'), 'No features match these filters');
    await context.close();
  });
});
