/// <reference types="leaflet.markercluster" />
/** The map: clusters, spiders, uncertainty circles, updates by diff, and the library internals it relies on. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fs from 'node:fs';
import type * as Leaflet from 'leaflet';
import type { Page } from 'playwright-core';
import { outbreakFileSchema } from '../../src/data/schema';
import { LEAFLET_PIN, MARKERCLUSTER_PIN } from '../../src/map/internals-pins';
import { dayNumber, isoOfDay } from '../../src/core/calendar-day';
import { clustersStill, openActingDuringClusterAnimation } from './cluster-animation';
import { anyang, aRiskArea, clickWhenSettled, currentDate, expectedVisible, open, queryParam, settled } from './session';

/** Ids of Shifeng's point places drawn on the district seat (all placed at the same point inside 石峰区). */
function shifengSeatIds(): string[] {
  const shifeng = outbreakFileSchema.parse(JSON.parse(fs.readFileSync('geo/outbreaks/shifeng.geojson', 'utf8')));
  return shifeng.features.filter((f) => f.properties.geometrySource === 'admin:430204' && f.geometry.type === 'Point').map((f) => f.properties.id);
}

/** What the map draws, for a failure message: clusters (count@position) and markers (id, inactive or not). */
function drawnMarkers(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({
    clusters: [...document.querySelectorAll<HTMLElement>('.marker-cluster')].map((e) => `${e.className} ${e.textContent}@${e.style.transform}`),
    markers: [...document.querySelectorAll<HTMLElement>('.atlas-marker')].map((e) => `${e.dataset.featureId} ${e.className}`),
    zooming: !!document.querySelector('.leaflet-zoom-anim'),
  }));
}

describe('map interaction', () => {
  it('keeps places stacked on one parent reachable: the cluster spiderfies and a marker opens its panel', async () => {
    const shifeng = outbreakFileSchema.parse(JSON.parse(fs.readFileSync('geo/outbreaks/shifeng.geojson', 'utf8')));
    const { page, context } = await open(`?o=shifeng&d=${shifeng.outbreak.period.end}&lifted=1&b=offline`);
    await clickWhenSettled(page, '.marker-cluster:not(.is-hidden)');
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
    await clickWhenSettled(page, '.marker-cluster:not(.is-hidden)');
    await page.waitForFunction((ids: string[]) => [...document.querySelectorAll<HTMLElement>('.atlas-marker:not(.is-inactive)')].filter((m) => ids.includes(m.dataset.featureId ?? '')).length >= 2, seat, { timeout: 10_000 })
      .catch(async (error: Error) => assert.fail(`no spider after a click on the cluster (${error.message}): ${await drawnMarkers(page)}`));
    const before = await settled(page, spider);
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

  it('fans out a cluster clicked while the clusters still animate in, and gives the focus to one of its places', async () => {
    // markercluster ignored a spiderfy during its animation: the click did nothing, and the spider tests timed out.
    const { page, context, acted } = await openActingDuringClusterAnimation('?o=shifeng&d=2021-08-09&b=offline', '.marker-cluster[aria-label="石峰区附近 6 处"]', 'click');
    assert.ok(acted.animating, 'clicked while the clusters animated');
    const seat = shifengSeatIds();
    await page.waitForFunction((ids: string[]) => [...document.querySelectorAll<HTMLElement>('.atlas-marker:not(.is-inactive)')].filter((m) => ids.includes(m.dataset.featureId ?? '')).length === 6, seat, { timeout: 5000 })
      .catch(async (error: Error) => assert.fail(`no spider after a click on the cluster (${error.message}): ${await drawnMarkers(page)}`));
    await clustersStill(page);
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.featureId ?? document.activeElement?.tagName);
    assert.ok(seat.includes(focused ?? ''), `the focus is on a place of the spider: ${focused}`);
    await context.close();
  });

  it('closes a spider when a step leaves one place in it, which is then drawn once, at its own position', async () => {
    // With risk areas and checkpoints only, Shifeng's county seat shows 2 places on 2021-08-10 (铜鼓小区值守点,
    // 白石港社区) and only 铜鼓小区值守点 on 2021-08-09; 云龙示范区 is drawn apart, at its official point.
    const { page, context } = await open('?o=shifeng&d=2021-08-10&k=risk-area,checkpoint&b=offline');
    const seat = shifengSeatIds();
    const atSeat = (ids: string[]) => [...document.querySelectorAll<HTMLElement>('.atlas-marker:not(.is-inactive)')].map((m) => m.dataset.featureId ?? '').filter((id) => ids.includes(id));
    await clickWhenSettled(page, '.marker-cluster:not(.is-hidden)');
    await page.waitForFunction((ids: string[]) => [...document.querySelectorAll<HTMLElement>('.atlas-marker:not(.is-inactive)')].filter((m) => ids.includes(m.dataset.featureId ?? '')).length === 2, seat, { timeout: 10_000 })
      .catch(async (error: Error) => assert.fail(`no spider of 2 after a click on the cluster (${error.message}): ${await drawnMarkers(page)}`));
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
    const drawn = (): Promise<{ clusters: string[]; counts: number[]; markers: number }> => page.evaluate(() => ({
      clusters: [...document.querySelectorAll<HTMLElement>('.marker-cluster')].map((e) => e.style.transform),
      counts: [...document.querySelectorAll('.marker-cluster:not(.is-hidden)')].map((e) => Number(e.textContent)),
      markers: document.querySelectorAll('.atlas-marker:not(.is-inactive)').length,
    }));
    const before = await settled(page, drawn);
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
    // County-level places only: a city-level place's circle (its prefecture's size) is still drawn five zooms out.
    const { page, context } = await open('?o=kaihua&p=county&b=offline');
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
    const fitted = await settled(page, strokePixels);
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
    assert.equal(await settled(page, strokePixels), 0);
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

describe('update by diff', () => {
  it('keeps every marker, cluster and basemap label element through a language switch and the show-lifted toggle', async () => {
    const { page, context } = await open(`?o=shifeng&d=2021-08-09&b=offline&z=13&c=27.8500,113.1400`);
    await page.waitForSelector('.marker-cluster', { state: 'attached' });
    const selector = '.atlas-marker, .marker-cluster, .atlas-basemap-label';
    // Tag every element now in the map with a property only these objects have.
    const tagged = await settled(page, () => page.evaluate((sel: string) => {
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
