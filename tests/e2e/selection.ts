/** Selecting a place: every kind of thing drawn on the map answers the pointer, and the panel shows why it is there. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { open, settled } from './session';

/** Centre on screen of the offline basemap's name of a county: a point inside that county. */
async function insideCounty(page: Page, name: string): Promise<{ x: number; y: number }> {
  const label = page.locator('.atlas-basemap-label', { hasText: name }).first();
  await label.waitFor();
  const box = (await label.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('what the pointer reaches', () => {
  it('opens a county-wide measure clicked inside its polygon, under the uncertainty circles\' canvas, and hovering it shows a pointer', async () => {
    const { page, context } = await open('?o=anyang&d=2022-01-10&b=offline');
    const { x, y } = await insideCounty(page, '滑县');
    await page.mouse.move(x, y);
    await page.waitForFunction(([px, py]: number[]) => getComputedStyle(document.elementFromPoint(px, py)!).cursor === 'pointer', [x, y], { timeout: 5000 });
    await page.waitForSelector('.leaflet-tooltip:not(.atlas-basemap-label):has-text("滑县")', { timeout: 5000 });
    await page.mouse.click(x, y);
    assert.equal(await page.getAttribute('[data-testid=feature-panel]', 'data-feature-id', { timeout: 5000 }), 'anyang-huaxian-county');
    await context.close();
  });
});

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/**
 * Whether the highlighted quote and the place's name are in full on screen: every line box of each inside the
 * viewport and the panel, the quote below the name, and each the topmost element where it is drawn (not under the
 * timeline, the sticky title or the map). Waits for the panel to stop scrolling first.
 */
async function quoteInSight(page: Page): Promise<string[]> {
  await page.waitForSelector('[data-testid=quote-highlight]');
  await settled(page, () => page.evaluate(() => document.querySelector('.side-panel')!.scrollTop));
  return page.evaluate(() => {
    const problems: string[] = [];
    const panel = document.querySelector('.side-panel')!.getBoundingClientRect();
    const title = document.querySelector<HTMLElement>('#feature-title')!;
    const mark = document.querySelector<HTMLElement>('[data-testid=quote-highlight]')!;
    const titleBottom = title.getBoundingClientRect().bottom;
    // A loop, not a helper function: tsx's name-keeping shim does not exist in the page.
    for (const [what, element, below] of [['title', title, 0], ['quote', mark, titleBottom]] as Array<[string, HTMLElement, number]>) {
      for (const box of element.getClientRects()) {
        const inside = box.top >= Math.max(0, panel.top, below) - 0.5 && box.bottom <= Math.min(window.innerHeight, panel.bottom) + 0.5
          && box.left >= Math.max(0, panel.left) - 0.5 && box.right <= Math.min(window.innerWidth, panel.right) + 0.5;
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        if (!inside) problems.push(`${what} line at ${Math.round(box.top)}–${Math.round(box.bottom)} outside ${Math.round(Math.max(panel.top, below))}–${Math.round(Math.min(window.innerHeight, panel.bottom))}`);
        else if (!top || !element.contains(top)) problems.push(`${what} line at ${Math.round(box.top)} covered by ${top?.className}`);
      }
    }
    return problems;
  });
}

describe('the quote of a selected place', () => {
  const places = [['anyang-heyuan-compound', '2022-01-17'], ['anyang-tangyin-yangkong', '2022-01-10']];
  for (const [id, day] of places) {
    for (const lang of ['zh', 'en']) {
      for (const viewport of [DESKTOP, PHONE]) {
        it(`is in full on screen below the place's name when opened from a link: ${id}, ${lang}, ${viewport.width} px`, async () => {
          const { page, context } = await open(`?o=anyang&d=${day}&sel=${id}&lang=${lang}&b=offline`, viewport);
          assert.deepEqual(await quoteInSight(page), []);
          await context.close();
        });
      }
    }
  }

  it('is in full on screen after a click on the map and after a date in the history', async () => {
    const { page, context } = await open('?o=anyang&d=2022-01-10&b=offline&lang=en');
    await page.click('.atlas-marker[data-feature-id=anyang-neihuang-yuanliu]');
    await page.waitForSelector('[data-testid=feature-panel][data-feature-id=anyang-neihuang-yuanliu]');
    assert.deepEqual(await quoteInSight(page), [], 'after a click on the marker');
    await page.locator('[data-testid=history-date]').last().click();
    await page.waitForFunction(() => document.querySelector('.history li:last-child')?.classList.contains('is-current'));
    assert.deepEqual(await quoteInSight(page), [], 'after a click on the last date');
    await context.close();
  });
});

/** The selected place's mark on the map (a ringed marker, or the cluster holding it) and the panel's box. */
async function markAndPanel(page: Page, selector: string) {
  await page.waitForSelector(selector);
  return settled(page, () => page.evaluate((sel: string) => {
    const marks = [...document.querySelectorAll(sel)];
    return {
      count: marks.length,
      label: marks[0]?.getAttribute('aria-label') ?? '',
      mark: marks[0]?.getBoundingClientRect().toJSON() as DOMRect,
      map: document.querySelector('.atlas-map')!.getBoundingClientRect().toJSON() as DOMRect,
      panel: document.querySelector('.side-panel')!.getBoundingClientRect().toJSON() as DOMRect,
    };
  }, selector));
}

/** True when `box` is inside the map and not under the panel (beside it on a wide screen, a sheet on a phone). */
const inView = (box: DOMRect, map: DOMRect, panel: DOMRect) => box.left >= map.left && box.right <= map.right && box.top >= map.top && box.bottom <= map.bottom
  && (box.right <= panel.left || box.bottom <= panel.top);

describe('the selected place on the map', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    it(`marks the cluster that holds a linked place, in view beside the panel or above the sheet (${viewport.width} px)`, async () => {
      const { page, context } = await open('?o=anyang&d=2022-01-10&sel=anyang-tangyin-yangkong&b=offline', viewport);
      const { count, label, mark, map, panel } = await markAndPanel(page, '.marker-cluster.has-selected');
      assert.equal(count, 1, 'one cluster marked');
      assert.match(label, /附近 \d+ 处$/);
      assert.ok(inView(mark, map, panel), `the marked cluster ${JSON.stringify(mark)} is seen (map ${JSON.stringify(map)}, panel ${JSON.stringify(panel)})`);
      await context.close();
    });
  }

  it('rings a place tapped on a phone and keeps it above the sheet that opens', async () => {
    const { page, context } = await open('?o=anyang&d=2022-01-10&b=offline', PHONE);
    await page.click('.atlas-marker[data-feature-id=anyang-neihuang-yuanliu]');
    const { count, mark, map, panel } = await markAndPanel(page, '.atlas-marker.is-selected[data-feature-id=anyang-neihuang-yuanliu]');
    assert.equal(count, 1);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.atlas-marker.is-selected')!, '::after').content), '""', 'a ring is drawn');
    assert.ok(inView(mark, map, panel), `the marker ${JSON.stringify(mark)} is above the sheet ${JSON.stringify(panel)}`);
    await context.close();
  });
});

describe('a cluster zoomed into', () => {
  it('shows its places in the part of the map above the phone\'s sheet, clear of the edges', async () => {
    const { page, context } = await open('?o=anyang&d=2022-01-10&b=offline', PHONE);
    const cluster = page.locator('.marker-cluster[aria-label="文峰区附近 6 处"]');
    await cluster.waitFor();
    await settled(page, () => cluster.boundingBox());
    await cluster.click();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has('z'));
    // Every place drawn (a marker is one, a cluster its count) with its box, once the zoom is done.
    const { drawn, map, sheetTop } = await settled(page, () => page.evaluate(() => ({
      drawn: [...document.querySelectorAll('.atlas-marker, .marker-cluster')].map((element) => ({
        places: element.classList.contains('marker-cluster') ? Number(/\d+/.exec(element.getAttribute('aria-label') ?? '')?.[0] ?? 0) : 1,
        box: element.getBoundingClientRect().toJSON() as DOMRect,
      })).filter(({ box }) => box.width > 0),
      map: document.querySelector('.atlas-map')!.getBoundingClientRect().toJSON() as DOMRect,
      sheetTop: document.querySelector('.side-panel')!.getBoundingClientRect().top,
    })));
    // The six places are drawn clear (by 20 px) of the map's edges and above the sheet; none of them under it.
    const clear = drawn.filter(({ box }) => box.left >= map.left + 20 && box.right <= map.right - 20 && box.top >= map.top + 20 && box.bottom <= sheetTop - 20);
    assert.ok(clear.reduce((sum, { places }) => sum + places, 0) >= 6, `places in the visible part: ${JSON.stringify(drawn)}, sheet at ${sheetTop}`);
    await context.close();
  });
});
