/**
 * Browser tests: the built app in Debian's Chromium (playwright-core), served by `vite preview`, with every
 * request outside localhost blocked — so the OSM tiles fail and the offline basemap path is what runs.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { outbreakFileSchema } from '../../src/data/schema';
import { dayNumber, isoOfDay } from '../../src/timeline/days';
import { DEFAULT_TIMELINE_OPTIONS, stateOnDay } from '../../src/timeline/state';
// @ts-expect-error plain ESM helper shared with the bench
import { launchBrowser, offlinePage, startPreview } from './browser.mjs';

const ARTIFACTS = 'tests/e2e/artifacts';
const anyang = outbreakFileSchema.parse(JSON.parse(fs.readFileSync('geo/outbreaks/anyang.geojson', 'utf8')));
const aRiskArea = anyang.features.find((f) => f.properties.kind === 'risk-area' && f.properties.events.some((e) => e.status === 'high-risk'))!;

type AnyangFeature = (typeof anyang.features)[number];

/** What the data says should be on the map for Anyang on a day (no filters), of the features `among` picks. */
function expectedVisible(day: number, among: (feature: AnyangFeature) => boolean = () => true): number {
  return anyang.features.filter(among).filter((f) => stateOnDay(f.properties.events.map((e) => dayNumber(e.date)), f.properties.events.map((e) => e.status), day, DEFAULT_TIMELINE_OPTIONS, dayNumber(anyang.outbreak.period.end)).phase !== 'hidden').length;
}

/** Ids of Shifeng's point places drawn on the district seat (all placed at the same point inside 石峰区). */
function shifengSeatIds(): string[] {
  const shifeng = outbreakFileSchema.parse(JSON.parse(fs.readFileSync('geo/outbreaks/shifeng.geojson', 'utf8')));
  return shifeng.features.filter((f) => f.properties.geometrySource === 'admin:430204' && f.geometry.type === 'Point').map((f) => f.properties.id);
}

let server: { base: string; stop: () => void };
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
    await markers[0].click();
    assert.equal(await page.getAttribute('[data-testid=feature-panel]', 'data-feature-id', { timeout: 5000 }), id);
    await page.waitForFunction((selected: string) => window.location.search.includes(`sel=${selected}`), id);
    await context.close();
  });

  it('fans a spider out over the places shown that day only, without gaps, and again when a step shows one more', async () => {
    // Shifeng's county seat holds 9 point places (the official lists place 翰林府 and 云龙示范区 elsewhere); 6 are on
    // the map on 2021-08-09 and 7 on 2021-08-10.
    const { page, context } = await open('?o=shifeng&d=2021-08-09&b=offline');
    const seat = shifengSeatIds();
    const spider = (): Promise<{ count: number; spread: number; clusterCount: number }> => page.evaluate((ids: string[]) => {
      const points = [...document.querySelectorAll<HTMLElement>('.atlas-marker:not(.is-inactive)')].filter((m) => ids.includes(m.dataset.featureId ?? '')).map((m) => {
        const [x, y] = (m.style.transform.match(/-?[\d.]+px/g) ?? []).map(parseFloat);
        return { x, y };
      });
      // Places evenly spread on one circle are all equally far from their centroid; a gap moves the centroid.
      const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
      const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
      const distances = points.map((p) => Math.hypot(p.x - cx, p.y - cy));
      return { count: points.length, spread: Math.max(...distances) - Math.min(...distances), clusterCount: Number(document.querySelector('.marker-cluster:not(.is-hidden)')?.textContent) };
    }, seat);
    await page.click('.marker-cluster:not(.is-hidden)');
    await page.waitForFunction((ids: string[]) => [...document.querySelectorAll<HTMLElement>('.atlas-marker:not(.is-inactive)')].filter((m) => ids.includes(m.dataset.featureId ?? '')).length >= 2, seat, { timeout: 10_000 });
    await page.waitForTimeout(600);
    const before = await spider();
    assert.equal(before.count, 6, 'places fanned out on 2021-08-09');
    assert.equal(before.clusterCount, 6, 'the cluster counts the same places');
    assert.ok(before.spread <= 2, `places evenly spread on one circle (distances to the centre differ by ${before.spread.toFixed(1)} px)`);
    await page.focus('[data-testid=time-slider]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((ids: string[]) => [...document.querySelectorAll<HTMLElement>('.atlas-marker:not(.is-inactive)')].filter((m) => ids.includes(m.dataset.featureId ?? '')).length === 7, seat, { timeout: 5000 });
    const after = await spider();
    assert.ok(after.spread <= 2, `after a step, still evenly spread (distances differ by ${after.spread.toFixed(1)} px)`);
    await context.close();
  });

  it('closes a spider when a step leaves one place in it, which is then drawn once, at its own position', async () => {
    // With risk areas and checkpoints only, Shifeng's county seat shows 2 places on 2021-08-10 (铜鼓小区值守点,
    // 白石港社区) and only 铜鼓小区值守点 on 2021-08-09; 云龙示范区 is drawn apart, at its official point.
    const { page, context } = await open('?o=shifeng&d=2021-08-10&k=risk-area,checkpoint&b=offline');
    const seat = shifengSeatIds();
    const atSeat = (ids: string[]) => [...document.querySelectorAll<HTMLElement>('.atlas-marker:not(.is-inactive)')].map((m) => m.dataset.featureId ?? '').filter((id) => ids.includes(id));
    await page.click('.marker-cluster:not(.is-hidden)');
    await page.waitForFunction((ids: string[]) => [...document.querySelectorAll<HTMLElement>('.atlas-marker:not(.is-inactive)')].filter((m) => ids.includes(m.dataset.featureId ?? '')).length === 2, seat, { timeout: 10_000 });
    await page.focus('[data-testid=time-slider]');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('[data-testid=current-date]')?.textContent?.includes('2021-08-09'));
    // The spider finishes opening, then animates its markers back into the cluster before removing them (~400 ms).
    const once = await page.waitForFunction((ids: string[]) => [...document.querySelectorAll<HTMLElement>('.atlas-marker:not(.is-inactive)')].filter((m) => ids.includes(m.dataset.featureId ?? '')).length === 1, seat, { timeout: 5000 })
      .then(() => true, () => false);
    const drawn = await page.evaluate(atSeat, seat);
    assert.ok(once, `the place is drawn once: ${drawn.join(', ')}`);
    assert.deepEqual(drawn, ['shifeng-tonggu-compound-post']);
    await context.close();
  });

  it('keeps clusters in place while scrubbing; they count the places shown that day, and a lone place shows its own marker', async () => {
    const start = dayNumber(anyang.outbreak.period.start);
    const { page, context } = await open(`?o=anyang&d=${anyang.outbreak.period.start}&b=offline`);
    await page.waitForSelector('.marker-cluster', { state: 'attached' });
    await page.waitForTimeout(500);
    const drawn = (): Promise<{ clusters: string[]; counts: number[]; markers: number }> => page.evaluate(() => ({
      clusters: [...document.querySelectorAll<HTMLElement>('.marker-cluster')].map((e) => e.style.transform),
      counts: [...document.querySelectorAll('.marker-cluster:not(.is-hidden)')].map((e) => Number(e.textContent)),
      markers: document.querySelectorAll('.atlas-marker:not(.is-inactive)').length,
    }));
    const before = await drawn();
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
    // A filter change re-clusters; the counts then cover only the places it lets through.
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
    await page.waitForTimeout(500);
    // Stroke pixels (opacity 0.7) on the circles' canvas; the fill is nearly transparent (0.04).
    const strokePixels = () => page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-atlas-uncertainty-pane canvas')!;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 100) n += 1;
      return n;
    });
    // Kaihua's county circle has a radius of ~200 px at the fitted zoom: a dashed ring of several hundred pixels.
    const fitted = await strokePixels();
    assert.ok(fitted > 300, `stroke pixels on the uncertainty canvas: ${fitted}`);
    // Five zoom levels out the circle is ~6 px across, smaller than the marker that covers it: not drawn.
    for (let i = 0; i < 5; i += 1) {
      await page.click('.leaflet-control-zoom-out');
      await page.waitForTimeout(350);
    }
    assert.equal(await strokePixels(), 0);
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
    await page.keyboard.press('Home');
    assert.equal(await currentDate(page), anyang.outbreak.period.start);
    await page.waitForFunction((d: string) => window.location.search.includes(`d=${d}`) || !window.location.search.includes('d='), anyang.outbreak.period.start);
    await context.close();
  });

  it('plays and pauses with the space bar, without writing every step into history', async () => {
    const { page, context } = await open(`?o=anyang&d=${anyang.outbreak.period.start}`);
    const historyBefore = await page.evaluate(() => window.history.length);
    await page.click('.side-panel h2');
    await page.keyboard.press('Space');
    await page.waitForFunction((d: string) => document.querySelector('[data-testid=current-date]')?.textContent !== d, anyang.outbreak.period.start, { timeout: 5000 });
    await page.keyboard.press('Space');
    assert.equal(await page.getAttribute('[data-testid=play]', 'aria-pressed'), 'false');
    assert.equal(await page.evaluate(() => window.history.length), historyBefore);
    await page.waitForFunction(() => window.location.search.includes('d='));
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
    assert.ok(await page.$$eval('.atlas-basemap-label', (labels: Element[]) => labels.length) > 0 || (await page.$('.leaflet-pane canvas')) !== null);
    await page.waitForTimeout(500);
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
