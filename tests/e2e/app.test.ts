/// <reference types="leaflet.markercluster" />
/**
 * Browser tests: the built app in Debian's Chromium (playwright-core), served by `vite preview`, with every
 * request outside localhost blocked — so the OSM tiles fail and the offline basemap path is what runs.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type * as Leaflet from 'leaflet';
import type { Browser, Page } from 'playwright-core';
import { outbreakFileSchema } from '../../src/data/schema';
import { LEAFLET_PIN, MARKERCLUSTER_PIN } from '../../src/map/internals-pins';
import { dayNumber, isoOfDay } from '../../src/timeline/days';
import { DEFAULT_TIMELINE_OPTIONS, stateOnDay } from '../../src/timeline/state';
import { launchBrowser, offlinePage, startPreview, type Preview } from '../support/browser';

const ARTIFACTS = 'tests/e2e/artifacts';
const anyang = outbreakFileSchema.parse(JSON.parse(fs.readFileSync('geo/outbreaks/anyang.geojson', 'utf8')));
const aRiskArea = anyang.features.find((f) => f.properties.kind === 'risk-area' && f.properties.events.some((e) => e.status === 'high-risk'))!;

type AnyangFeature = (typeof anyang.features)[number];

/** What the data says should be on the map for Anyang on a day (no filters), of the features `among` picks. */
function expectedVisible(day: number, among: (feature: AnyangFeature) => boolean = () => true): number {
  return anyang.features.filter(among).filter((f) => stateOnDay(f.properties.events.map((e) => dayNumber(e.date)), f.properties.events.map((e) => e.status), day, DEFAULT_TIMELINE_OPTIONS, dayNumber(anyang.outbreak.period.end)).phase !== 'hidden').length;
}

let server: Preview;
let browser: Browser;

async function open(query: string, viewport?: { width: number; height: number }) {
  const session = await offlinePage(browser, server.base, viewport);
  const page: Page = session.page;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${server.base}${query}`);
  await page.waitForSelector('.atlas', { timeout: 20_000 });
  return { ...session, page, dialogs };
}

const visibleCount = async (page: Page) => Number(await page.getAttribute('[data-testid=visible-count]', 'data-count'));
const currentDate = async (page: Page) => (await page.textContent('[data-testid=current-date]'))?.trim();
const queryParam = (page: Page, key: string) => page.evaluate((k: string) => new URLSearchParams(window.location.search).get(k), key);

/** Polls `probe` until it returns the same value `times` times in a row, 100 ms apart: waits for the map to settle. */
async function settled<T>(probe: () => Promise<T>, times = 3, timeoutMs = 10_000): Promise<T> {
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

before(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server = await startPreview();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

describe('deep links', () => {
  it('restore the date, outbreak, filters, language and selected feature', async () => {
    const id = aRiskArea.properties.id;
    const { page, context } = await open(`?o=anyang&d=2022-01-17&k=risk-area,county-control&lang=en&sel=${id}`);
    assert.equal(await currentDate(page), '2022-01-17');
    assert.equal(await page.inputValue('[data-testid=outbreak-picker]'), 'anyang');
    assert.equal(await page.getAttribute('[data-testid=feature-panel]', 'data-feature-id'), id);
    assert.match(await page.textContent('#feature-title') ?? '', new RegExp(aRiskArea.properties.nameEn));
    const highlighted = await page.textContent('[data-testid=quote-highlight]', { timeout: 10_000 });
    assert.equal(highlighted?.replace(/\s+/g, ''), aRiskArea.properties.events[0].quote.replace(/\s+/g, ''));
    await page.click('[data-testid=feature-panel] .close');
    const kindChecks = await page.$$eval('[data-testid=filter-kind] input:checked', (inputs: Element[]) => inputs.map((i) => (i as HTMLInputElement).value));
    assert.deepEqual(kindChecks.sort(), ['county-control', 'risk-area']);
    await context.close();
  });

  it('are written back as the view changes, and back/forward walk through them', async () => {
    const { page, context } = await open('');
    await page.selectOption('[data-testid=outbreak-picker]', 'anyang');
    await page.waitForFunction(() => window.location.search.includes('o=anyang'));
    await page.click('[data-testid=filter-kind] label:has(input[value=risk-area])');
    await page.waitForFunction(() => window.location.search.includes('k=risk-area'));
    await page.goBack();
    await page.waitForFunction(() => !window.location.search.includes('k=risk-area'));
    assert.equal(await page.$$eval('[data-testid=filter-kind] input:checked', (i: Element[]) => i.length), 0);
    assert.equal(await page.inputValue('[data-testid=outbreak-picker]'), 'anyang');
    await page.goBack();
    await page.waitForFunction(() => !window.location.search.includes('o=anyang'));
    assert.equal(await page.inputValue('[data-testid=outbreak-picker]'), 'all');
    await page.goForward();
    await page.waitForFunction(() => window.location.search.includes('o=anyang'));
    assert.equal(await page.inputValue('[data-testid=outbreak-picker]'), 'anyang');
    await context.close();
  });
});

describe('map interaction', () => {
  it('keeps places stacked on one parent reachable: the cluster spiderfies and a marker opens its panel', async () => {
    const shifeng = outbreakFileSchema.parse(JSON.parse(fs.readFileSync('geo/outbreaks/shifeng.geojson', 'utf8')));
    const { page, context } = await open(`?o=shifeng&d=${shifeng.outbreak.period.end}&lifted=1&b=offline`);
    await page.click('.marker-cluster:not(.is-hidden)');
    await page.waitForSelector('.atlas-marker[data-feature-id]', { timeout: 10_000 });
    const markers = await page.$$('.atlas-marker[data-feature-id]');
    assert.ok(markers.length >= 2, `spiderfied markers: ${markers.length}`);
    const id = await markers[0].getAttribute('data-feature-id');
    assert.ok(id, 'a drawn marker names its feature');
    await markers[0].click();
    assert.equal(await page.getAttribute('[data-testid=feature-panel]', 'data-feature-id', { timeout: 5000 }), id);
    await page.waitForFunction((selected: string) => window.location.search.includes(`sel=${selected}`), id);
    await context.close();
  });

  it('fans a spider out over the places shown that day only, without gaps, and again when a step shows one more', async () => {
    // Shifeng's county seat holds 11 places; 7 are on the map on 2021-08-09 and 8 on 2021-08-10.
    const { page, context } = await open('?o=shifeng&d=2021-08-09&b=offline');
    const spider = (): Promise<{ count: number; spread: number; clusterCount: number }> => page.evaluate(() => {
      const points = [...document.querySelectorAll<HTMLElement>('.atlas-marker:not(.is-inactive)')].map((m) => {
        const [x, y] = (m.style.transform.match(/-?[\d.]+px/g) ?? []).map(parseFloat);
        return { x, y };
      });
      // Places evenly spread on one circle are all equally far from their centroid; a gap moves the centroid.
      const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
      const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
      const distances = points.map((p) => Math.hypot(p.x - cx, p.y - cy));
      return { count: points.length, spread: Math.max(...distances) - Math.min(...distances), clusterCount: Number(document.querySelector('.marker-cluster:not(.is-hidden)')?.textContent) };
    });
    await page.click('.marker-cluster:not(.is-hidden)');
    await page.waitForFunction(() => document.querySelectorAll('.atlas-marker:not(.is-inactive)').length >= 2, undefined, { timeout: 10_000 });
    const before = await settled(spider);
    assert.equal(before.count, 7, 'places fanned out on 2021-08-09');
    assert.equal(before.clusterCount, 7, 'the cluster counts the same places');
    assert.ok(before.spread <= 2, `places evenly spread on one circle (distances to the centre differ by ${before.spread.toFixed(1)} px)`);
    await page.focus('[data-testid=time-slider]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelectorAll('.atlas-marker:not(.is-inactive)').length === 8, undefined, { timeout: 5000 });
    const after = await spider();
    assert.ok(after.spread <= 2, `after a step, still evenly spread (distances differ by ${after.spread.toFixed(1)} px)`);
    await context.close();
  });

  it('closes a spider when a step leaves one place in it, which is then drawn once, at its own position', async () => {
    // Shifeng's county seat shows 3 places on 2021-07-31 and only the Yunlong zone on 2021-07-30.
    const { page, context } = await open('?o=shifeng&d=2021-07-31&b=offline');
    await page.click('.marker-cluster:not(.is-hidden)');
    await page.waitForFunction(() => document.querySelectorAll('.atlas-marker:not(.is-inactive)').length === 3, undefined, { timeout: 10_000 });
    await page.focus('[data-testid=time-slider]');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('[data-testid=current-date]')?.textContent?.includes('2021-07-30'));
    // The spider finishes opening, then animates its markers back into the cluster before removing them (~400 ms).
    const once = await page.waitForFunction(() => document.querySelectorAll('.atlas-marker:not(.is-inactive)').length === 1, undefined, { timeout: 5000 })
      .then(() => true, () => false);
    const drawn = await page.$$eval('.atlas-marker:not(.is-inactive)', (markers: Element[]) => markers.map((m) => (m as HTMLElement).dataset.featureId));
    assert.ok(once, `the place is drawn once: ${drawn.join(', ')}`);
    assert.deepEqual(drawn, ['shifeng-yunlong-demonstration-zone']);
    await context.close();
  });

  it('keeps clusters in place while scrubbing; they count the places shown that day, and a lone place shows its own marker', async () => {
    const start = dayNumber(anyang.outbreak.period.start);
    const { page, context } = await open(`?o=anyang&d=${anyang.outbreak.period.start}&b=offline`);
    await page.waitForSelector('.marker-cluster', { state: 'attached' });
    const drawn = (): Promise<{ clusters: string[]; counts: number[]; markers: number }> => page.evaluate(() => ({
      clusters: [...document.querySelectorAll<HTMLElement>('.marker-cluster')].map((e) => e.style.transform),
      counts: [...document.querySelectorAll('.marker-cluster:not(.is-hidden)')].map((e) => Number(e.textContent)),
      markers: document.querySelectorAll('.atlas-marker:not(.is-inactive)').length,
    }));
    const before = await settled(drawn);
    await page.focus('[data-testid=time-slider]');
    let standIns = 0;
    for (let day = start; day < start + 10; day += 1) {
      const view = await drawn();
      const points = expectedVisible(day, (f) => f.geometry.type === 'Point');
      assert.equal(view.counts.reduce((sum, n) => sum + n, 0) + view.markers, points, `places drawn on ${isoOfDay(day)}`);
      assert.ok(view.counts.every((n) => n >= 2), `a cluster shows two places or more: ${view.counts}`);
      assert.deepEqual(view.clusters, before.clusters, `clusters stay where they were on ${isoOfDay(day)}`);
      standIns += await page.$$eval('.marker-cluster.is-hidden', (hidden: Element[]) => hidden.length);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((iso: string) => document.querySelector('[data-testid=current-date]')?.textContent?.trim() === iso, isoOfDay(day + 1));
    }
    assert.ok(standIns > 0, 'some day has a cluster drawn as its one place, or as nothing');
    // A filter change hides the places it leaves out inside their clusters; the counts cover only those it lets through.
    await page.click('[data-testid=filter-kind] label:has(input[value=risk-area])');
    await page.waitForFunction(() => window.location.search.includes('k=risk-area'));
    const filtered = await drawn();
    const riskAreas = expectedVisible(start + 10, (f) => f.geometry.type === 'Point' && f.properties.kind === 'risk-area');
    assert.equal(filtered.counts.reduce((sum, n) => sum + n, 0) + filtered.markers, riskAreas, 'risk areas drawn after filtering');
    await context.close();
  });

  it('draws a dashed uncertainty circle around places known only to county level', async () => {
    const { page, context } = await open('?o=kaihua&b=offline');
    await page.waitForSelector('.leaflet-atlas-uncertainty-pane canvas');
    // Stroke pixels (opacity 0.7) on the circles' canvas; the fill is nearly transparent (0.04).
    const strokePixels = () => page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-atlas-uncertainty-pane canvas')!;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 100) n += 1;
      return n;
    });
    // Kaihua's county circle has a radius of ~200 px at the fitted zoom: a dashed ring of several hundred pixels.
    const fitted = await settled(strokePixels);
    assert.ok(fitted > 300, `stroke pixels on the uncertainty canvas: ${fitted}`);
    // Five zoom levels out the circle is ~6 px across, smaller than the marker that covers it: not drawn. Each
    // zoom is waited for through the URL, which the app writes once the view is still.
    await page.click('.leaflet-control-zoom-out');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has('z'));
    const firstZoom = Number(await queryParam(page, 'z'));
    for (let i = 1; i < 5; i += 1) {
      await page.click('.leaflet-control-zoom-out');
      await page.waitForFunction((z: string) => new URLSearchParams(window.location.search).get('z') === z, String(firstZoom - i));
    }
    assert.equal(await settled(strokePixels), 0);
    await context.close();
  });

  it('moves the slider to a date clicked in the event history or the histogram', async () => {
    const target = aRiskArea.properties.events[aRiskArea.properties.events.length - 1];
    const { page, context } = await open(`?o=anyang&d=${anyang.outbreak.period.start}&sel=${aRiskArea.properties.id}`);
    await page.locator('[data-testid=history-date]').last().click();
    assert.equal(await currentDate(page), target.date);
    await page.click('[data-testid=feature-panel] .close');
    await page.locator('[data-testid=histogram] rect.bar').first().click();
    assert.equal(await currentDate(page), anyang.outbreak.period.start);
    await context.close();
  });

  it('switches the interface language and keeps it in the link', async () => {
    const { page, context } = await open('?o=anyang');
    assert.equal(await page.textContent('[data-testid=language-toggle]'), 'English');
    await page.click('[data-testid=language-toggle]');
    await page.waitForFunction(() => window.location.search.includes('lang=en'));
    assert.match(await page.textContent('.app-header h1') ?? '', /Outbreak Atlas/);
    await context.close();
  });
});

describe('what changed today', () => {
  it('lists every change of a busy day, each reachable with the keyboard although only the rows in view are drawn', async () => {
    const day = '2022-01-08';
    const expected = anyang.features.flatMap((f) => f.properties.events.filter((e) => e.date === day).map(() => f.properties.name)).sort();
    assert.ok(expected.length > 9, `a day with more changes than rows in view: ${expected.length}`);
    const { page, context } = await open(`?o=anyang&d=${day}`);
    await page.waitForSelector('[data-testid=changes-today] [role=listitem] button');
    assert.match((await page.textContent('[data-testid=changes-today] h2')) ?? '', new RegExp(`\\(${expected.length}\\)`));
    assert.ok((await page.$$('[data-testid=changes-today] [role=listitem]')).length < expected.length, 'rows are windowed');
    // Record every focus move in the page, and press Tab back to back (no waiting between keys).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { focusedRows: string[] }).focusedRows = seen;
      document.addEventListener('focusin', (event) => {
        seen.push((event.target as HTMLElement).closest('[role=listitem]')?.querySelector('button')?.childNodes[0]?.textContent ?? '(left the list)');
      });
    });
    await page.focus('[data-testid=changes-today] [role=listitem] button');
    for (let i = 1; i < expected.length; i += 1) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (window as unknown as { focusedRows: string[] }).focusedRows);
    assert.deepEqual([...focused].sort(), expected);
    // And back with Shift+Tab to the first row.
    for (let i = 1; i < expected.length; i += 1) await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('[role=listitem]')?.getAttribute('aria-posinset')), '1');
    await context.close();
  });
});

describe('time slider', () => {
  it('scrubs with the keyboard, and the map shows what the data says for each day', async () => {
    const start = dayNumber(anyang.outbreak.period.start);
    const { page, context } = await open(`?o=anyang&d=${anyang.outbreak.period.start}`);
    await page.focus('[data-testid=time-slider]');
    for (let day = start; day < start + 6; day += 1) {
      assert.equal(await currentDate(page), isoOfDay(day));
      assert.equal(await visibleCount(page), expectedVisible(day), `visible features on ${isoOfDay(day)}`);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('PageUp');
    assert.equal(await currentDate(page), isoOfDay(start + 13));
    assert.equal(await visibleCount(page), expectedVisible(start + 13));
    await page.keyboard.press('End');
    assert.equal(await currentDate(page), anyang.outbreak.period.end);
    assert.equal(await visibleCount(page), expectedVisible(dayNumber(anyang.outbreak.period.end)));
    // The link follows the slider once it rests: the last day is written, and the first (the default) left out.
    await page.waitForFunction((d: string) => new URLSearchParams(window.location.search).get('d') === d, anyang.outbreak.period.end);
    await page.keyboard.press('Home');
    assert.equal(await currentDate(page), anyang.outbreak.period.start);
    await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('d'));
    await context.close();
  });

  it('plays and pauses with the space bar, without writing every step into history', async () => {
    const { page, context } = await open('?o=anyang');
    const historyBefore = await page.evaluate(() => window.history.length);
    await page.click('.side-panel h2');
    await page.keyboard.press('Space');
    // Two steps, then longer than the URL's wait for stillness: nothing is written while playing.
    await page.waitForFunction((d: string) => (document.querySelector('[data-testid=current-date]')?.textContent?.trim() ?? '') >= d, isoOfDay(dayNumber(anyang.outbreak.period.start) + 2), { timeout: 5000 });
    assert.equal(await queryParam(page, 'd'), null, 'no date written while playing');
    await page.keyboard.press('Space');
    assert.equal(await page.getAttribute('[data-testid=play]', 'aria-pressed'), 'false');
    // Written once, when playback stops: the date it stopped on, replacing the entry.
    const stoppedOn = await currentDate(page);
    await page.waitForFunction((d: string) => new URLSearchParams(window.location.search).get('d') === d, stoppedOn ?? '');
    assert.equal(await page.evaluate(() => window.history.length), historyBefore);
    await context.close();
  });
});

describe('bad input never breaks the page', () => {
  // [case, query, text the notice shows, text that must be gone from the cleaned URL]
  const cases: Array<[string, string, string, string]> = [
    ['an unknown outbreak', 'o=atlantis', 'o=atlantis', 'atlantis'],
    ['an unknown feature', 'sel=no-such-place', 'sel=no-such-place', 'no-such-place'],
    ['an impossible date', 'o=anyang&d=2022-02-30', 'd=2022-02-30', '2022-02-30'],
    ['an out-of-range date', 'o=anyang&d=2031-01-01', 'd=2031-01-01', '2031'],
    ['malformed numbers', 'z=big&c=north,east', 'z=big', 'north'],
    ['unknown filter values', 'k=volcano', 'k=volcano', 'volcano'],
    ['a script-laden parameter', `q=${encodeURIComponent('<script>alert(1)</script>')}&sel=${encodeURIComponent('"><img src=x onerror=alert(2)>')}`, 'q=<script>', 'script'],
  ];
  for (const [name, query, shown, gone] of cases) {
    it(`falls back and says so for ${name}`, async () => {
      const { page, context, dialogs, errors } = await open(`?${query}`);
      const notice = await page.textContent('[data-testid=ignored-notice]');
      assert.ok(notice?.includes(shown), `notice mentions ${shown}: ${notice}`);
      assert.equal(await page.$$eval('img[src=x], script:not([src])', (n: Element[]) => n.length), 0);
      assert.deepEqual(dialogs, []);
      assert.deepEqual(errors.filter((e: string) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
      await page.waitForFunction((text: string) => !window.location.search.includes(text), gone);
      await context.close();
    });
  }

  it('clamps an out-of-range date to the last day of the outbreak', async () => {
    const { page, context } = await open('?o=anyang&d=2031-01-01');
    assert.equal(await currentDate(page), anyang.outbreak.period.end);
    await context.close();
  });

  it('has a Content-Security-Policy that forbids inline script', async () => {
    const { page, context } = await open('');
    const policy = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
    assert.match(policy ?? '', /script-src 'self'(;|$)/);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    assert.equal(ran, false);
    await context.close();
  });
});

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

  it('says so when no feature matches the filters', async () => {
    const { page, context } = await open('?o=anyang&q=zzzz&lang=en');
    assert.equal(await page.textContent('[data-testid=visible-count]'), 'No features match these filters');
    await context.close();
  });
});

describe('one path for a date step', () => {
  it('updates the date and the map on a step at once, and the "changed today" list once it catches up', async () => {
    const day = '2022-01-08';
    const next = isoOfDay(dayNumber(day) + 1);
    const expectedNext = anyang.features.flatMap((f) => f.properties.events.filter((e) => e.date === next)).length;
    const { page, context } = await open(`?o=anyang&d=${day}`);
    await page.focus('[data-testid=time-slider]');
    await page.keyboard.press('ArrowRight');
    // Read in one task right after the key: the date and the number on the map belong to the same day.
    const [date, count] = await page.evaluate(() => [
      document.querySelector('[data-testid=current-date]')?.textContent?.trim(),
      Number((document.querySelector('[data-testid=visible-count]') as HTMLElement).dataset.count),
    ]);
    assert.equal(date, next);
    assert.equal(count, expectedVisible(dayNumber(next)));
    // The side panel may lag the map while the slider moves; it shows the new day once it has caught up.
    await page.waitForFunction((n: number) => {
      const heading = document.querySelector('[data-testid=changes-today] h2')?.textContent ?? '';
      return n === 0 ? !heading.includes('(') : heading.includes(`(${n})`);
    }, expectedNext);
    await context.close();
  });

  it('keeps its keyboard listener bound while stepping (it is not re-added on every step)', async () => {
    const session = await offlinePage(browser, server.base);
    await session.context.addInitScript(() => {
      const counts = { add: 0, remove: 0 };
      (window as unknown as { keydownListeners: typeof counts }).keydownListeners = counts;
      const add = window.addEventListener.bind(window);
      const remove = window.removeEventListener.bind(window);
      window.addEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject, (boolean | AddEventListenerOptions)?]) => {
        if (type === 'keydown') counts.add += 1;
        return add(type, ...rest);
      }) as typeof window.addEventListener;
      window.removeEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject, (boolean | EventListenerOptions)?]) => {
        if (type === 'keydown') counts.remove += 1;
        return remove(type, ...rest);
      }) as typeof window.removeEventListener;
    });
    const { page, context } = session;
    await page.goto(`${server.base}?o=anyang&d=${anyang.outbreak.period.start}`);
    await page.waitForSelector('.atlas');
    await page.focus('[data-testid=time-slider]');
    const listeners = () => page.evaluate(() => ({ ...(window as unknown as { keydownListeners: { add: number; remove: number } }).keydownListeners }));
    const before = await listeners();
    for (let i = 1; i <= 5; i += 1) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((iso: string) => document.querySelector('[data-testid=current-date]')?.textContent?.trim() === iso, isoOfDay(dayNumber(anyang.outbreak.period.start) + i));
    }
    assert.deepEqual(await listeners(), before);
    await context.close();
  });
});

describe('history of a search', () => {
  it('adds one history entry for a typed name, when typing rests, and one on Enter', async () => {
    const { page, context } = await open('?o=anyang');
    const entries = () => page.evaluate(() => window.history.length);
    const before = await entries();
    await page.click('[data-testid=search]');
    await page.keyboard.type('dazhu', { delay: 60 });
    assert.equal(await entries(), before, 'no entry per keystroke');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('q') === 'dazhu');
    assert.equal(await entries(), before + 1);
    await page.keyboard.type('zhuang');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('q') === 'dazhuzhuang');
    assert.equal(await entries(), before + 2);
    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('q') === 'dazhu');
    assert.equal(await page.inputValue('[data-testid=search]'), 'dazhu');
    await context.close();
  });
});

describe('update by diff', () => {
  it('keeps every marker, cluster and basemap label element through a language switch and the show-lifted toggle', async () => {
    const { page, context } = await open(`?o=shifeng&d=2021-08-09&b=offline&z=13&c=27.8500,113.1400`);
    await page.waitForSelector('.marker-cluster', { state: 'attached' });
    const selector = '.atlas-marker, .marker-cluster, .atlas-basemap-label';
    // Tag every element now in the map with a property only these objects have.
    const tagged = await settled(() => page.evaluate((sel: string) => {
      const elements = [...document.querySelectorAll<HTMLElement>(sel)];
      elements.forEach((element, i) => {
        (element as unknown as { atlasTag: number }).atlasTag = i;
      });
      return elements.length;
    }, selector));
    assert.ok(tagged > 2, `elements tagged: ${tagged}`);
    const survivors = (sel: string) => page.evaluate((q: string) => [...document.querySelectorAll<HTMLElement>(q)]
      .filter((element) => (element as unknown as { atlasTag?: number }).atlasTag !== undefined).length, sel);
    await page.click('[data-testid=language-toggle]');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('lang') === 'en');
    assert.equal(await survivors(selector), tagged, 'the same elements after the language switch');
    await page.click('.filter-footer .toggle input');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('lifted') === '1');
    assert.equal(await page.evaluate((q: string) => [...document.querySelectorAll<HTMLElement>(q)]
      .filter((element) => (element as unknown as { atlasTag?: number }).atlasTag === undefined && element.closest('.marker-cluster')).length, selector), 0, 'no new cluster element after showing lifted measures');
    assert.ok(await survivors('.marker-cluster') > 0, 'clusters kept after showing lifted measures');
    await context.close();
  });
});

describe('library internals', () => {
  it('finds every private member the adapters use on the bundled Leaflet and markercluster', async () => {
    const { page, context } = await open('?o=kaihua&b=offline');
    const missing = await page.evaluate(([leaflet, cluster]) => {
      // The app sets the global for the markercluster plugin (src/map/leaflet-global.ts).
      const L = (window as unknown as { L: typeof Leaflet }).L;
      const gaps: string[] = [];
      if (L.version !== leaflet.version) gaps.push(`leaflet version ${L.version}`);
      const canvasPrototype = L.Canvas.prototype as unknown as Record<string, unknown>;
      const iconPrototype = L.DivIcon.prototype as unknown as Record<string, unknown>;
      for (const name of leaflet.canvasMethods) if (typeof canvasPrototype[name] !== 'function') gaps.push(`Canvas.prototype.${name}`);
      for (const name of leaflet.iconMethods) if (typeof iconPrototype[name] !== 'function') gaps.push(`DivIcon.prototype.${name}`);
      // Live objects on a map of their own, outside the app's.
      const box = document.createElement('div');
      box.style.cssText = 'position:absolute;left:-2000px;top:0;width:400px;height:300px';
      document.body.append(box);
      const map = L.map(box, { center: [30, 110], zoom: 17, maxZoom: 18, zoomAnimation: false });
      const renderer = L.canvas();
      const circle = L.circle([30, 110], { radius: 50, renderer }).addTo(map);
      for (const name of leaflet.canvasFields) if (!(name in renderer)) gaps.push(`canvas.${name}`);
      for (const name of leaflet.circleFields) if (!(name in circle)) gaps.push(`circle.${name}`);
      const group = L.markerClusterGroup({ animate: false }).addTo(map);
      const a = L.marker([30, 110]);
      group.addLayers([a, L.marker([30, 110]), L.marker([30, 110.00001])]);
      map.setZoom(18, { animate: false });
      const visible = group.getVisibleParent(a) as Leaflet.MarkerCluster | null;
      if (visible && (visible as unknown) !== a) visible.spiderfy();
      for (const name of cluster.groupFields) if (!(name in group)) gaps.push(`group.${name}`);
      for (const name of cluster.markerFields) if (!(name in a)) gaps.push(`marker.${name}`);
      for (const name of cluster.clusterFields) if (!visible || !(name in visible)) gaps.push(`cluster.${name}`);
      map.remove();
      box.remove();
      return gaps;
    }, [LEAFLET_PIN, MARKERCLUSTER_PIN] as const);
    assert.deepEqual(missing, []);
    await context.close();
  });
});
