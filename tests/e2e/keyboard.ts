/** The keyboard and a screen reader: named markers and clusters, Enter to open, Escape to go back where one was. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { clustersStill, openActingDuringClusterAnimation } from './cluster-animation';
import { open, queryParam } from './session';

const activeName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? null);

/** The places of 汤阴县附近 3 处 on 2022-01-10, as their markers are named. */
const TANGYIN_PLACES = /^(杨孔村|育才中学|大朱庄村), 风险区域, /;

/** What has the focus: a place's marker (by name), a cluster (by its count), or something else (its tag). */
const focused = (page: Page) => page.evaluate(() => {
  const active = document.activeElement;
  if (active?.matches('.atlas-marker')) return { kind: 'marker', name: active.getAttribute('aria-label') ?? '' };
  if (active?.matches('.marker-cluster')) return { kind: 'cluster', name: active.getAttribute('aria-label') ?? '', count: Number(active.textContent) };
  return { kind: active?.tagName ?? 'none', name: active?.getAttribute('aria-label') ?? '' };
});

/**
 * Presses Enter on the focused cluster until the focus is on a place's marker; returns the names it went through.
 * After each Enter, once the map is still, the focus must be on what the cluster opened into: a smaller cluster or
 * one of `places`, never the page.
 */
async function openClustersTo(page: Page, places: RegExp): Promise<string[]> {
  const names: string[] = [];
  let count = Infinity;
  for (let i = 0; i < 4; i += 1) {
    const now = await focused(page);
    names.push(now.name);
    if (now.kind === 'marker') {
      assert.match(now.name, places, `reached ${names.join(' → ')}`);
      return names;
    }
    assert.equal(now.kind, 'cluster', `the focus after ${names.join(' → ')}`);
    assert.ok(now.count! < count, `each cluster opened into a smaller one: ${names.join(' → ')}`);
    count = now.count!;
    await page.keyboard.press('Enter');
    await openedAndStill(page, now.name);
  }
  return names;
}

/** Waits for the focus to leave the cluster named `opened` for a marker or cluster, and for the map to be still. */
async function openedAndStill(page: Page, opened: string): Promise<void> {
  await page.waitForFunction((before: string) => {
    const active = document.activeElement;
    return active?.matches('.atlas-marker, .marker-cluster') && active.getAttribute('aria-label') !== before;
  }, opened, { timeout: 5000 }).catch(async (error: Error) => assert.fail(`after Enter on ${opened} the focus is on ${JSON.stringify(await focused(page))} (${error.message})`));
  await clustersStill(page);
}

describe('keyboard and screen reader on the map', () => {
  it('names clusters by their places and county, and markers by place, kind and status; Enter opens a cluster and keeps the focus on its places', async () => {
    const { page, context } = await open('?o=anyang&d=2022-01-10&b=offline');
    const cluster = page.locator('.marker-cluster[aria-label="汤阴县附近 3 处"]');
    await cluster.waitFor();
    await cluster.focus();
    // The map itself takes the focus (arrow keys pan): it is named by what its keys do, not read out label by label.
    assert.equal(await page.getAttribute('.leaflet-container', 'aria-label'), '地图：方向键平移，加号和减号缩放，Tab 键依次到达各地点');
    const names = await openClustersTo(page, TANGYIN_PLACES);
    const place = names[names.length - 1];
    assert.match(place, /^(杨孔村, 风险区域, 封控区|育才中学, 风险区域, 高风险|大朱庄村, 风险区域, 高风险)/, `reached ${names.join(' → ')}`);
    // Enter opens the place; Escape closes it and gives the focus back to the marker.
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=feature-panel]');
    await page.waitForFunction(() => document.activeElement?.closest('[data-testid=feature-panel]') !== null);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=feature-panel]', { state: 'detached' });
    assert.equal(await activeName(page), place);
    await context.close();
  });

  it('keeps the focus on what a cluster opened into when Enter comes while the clusters still animate in', async () => {
    const { page, context, acted } = await openActingDuringClusterAnimation('?o=anyang&d=2022-01-10&b=offline', '.marker-cluster[aria-label="汤阴县附近 3 处"]', 'Enter');
    assert.ok(acted.animating, 'Enter was pressed while the clusters animated');
    await openedAndStill(page, '汤阴县附近 3 处');
    // Still there once the map is still: the element that had the focus was not one of the clusters taken away.
    const names = await openClustersTo(page, TANGYIN_PLACES);
    assert.ok(names.length >= 1, names.join(' → '));
    await context.close();
  });

  it('shows where the focus is when the map itself takes it (arrow keys pan it): a ring inside its edges', async () => {
    const { page, context } = await open('?o=anyang&d=2022-01-10&b=offline');
    await page.locator('.marker-cluster').first().waitFor();
    // Tab from the header's last control (the language) onto the map (a notice's dismiss button may come between).
    await page.focus('[data-testid=language-toggle]');
    for (let i = 0; i < 3 && !(await page.evaluate(() => document.activeElement?.classList.contains('atlas-map'))); i += 1) await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('atlas-map')), 'the map has the focus');
    const map = (await page.locator('.atlas-map').boundingBox())!;
    // The left edge, halfway down (clear of the zoom buttons): the ring's colour, not the basemap's.
    const shot = await page.screenshot({ clip: { x: map.x + 1, y: map.y + map.height / 2, width: 1, height: 1 } });
    const pixel = await page.evaluate(async (data: string) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 1;
      canvas.height = 1;
      const context2d = canvas.getContext('2d')!;
      context2d.drawImage(image, 0, 0);
      return [...context2d.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    }, shot.toString('base64'));
    assert.deepEqual(pixel, [0xff, 0xbf, 0x47], `the map's left edge is ${pixel.join(',')}`);
    await context.close();
  });

  it('names them in English too', async () => {
    const { page, context } = await open('?o=anyang&d=2022-01-10&b=offline&lang=en');
    await page.locator('.marker-cluster[aria-label="3 places near Tangyin Xian"]').waitFor();
    assert.equal(await page.getAttribute('.leaflet-container', 'aria-label'), 'Map: arrow keys pan, plus and minus zoom, Tab goes through the places');
    assert.equal(await page.getAttribute('.atlas-marker[data-feature-id=anyang-neihuang-yuanliu]', 'aria-label'), 'Yuanliu Cun · 袁六村, Risk area, Medium risk, Approximate location: known only to village level');
    await context.close();
  });

  it('closes a place opened from the day\'s list with Escape and returns the focus to its row', async () => {
    const { page, context } = await open('?o=anyang&d=2022-01-10');
    const row = page.locator('[data-testid=changes-today] button', { hasText: '育才中学' });
    await row.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=feature-panel][data-feature-id=anyang-tangyin-yucai-school]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=feature-panel]', { state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-testid=changes-today]') !== null && document.activeElement?.textContent), '育才中学');
    await context.close();
  });
});

describe('the outbreak picker from the keyboard', () => {
  const picker = '[data-testid=outbreak-picker]';
  const pickerState = (page: Page) => page.evaluate((sel: string) => ({
    value: document.querySelector<HTMLSelectElement>(sel)?.value,
    focused: document.activeElement?.matches(sel) ?? false,
    o: new URLSearchParams(window.location.search).get('o'),
  }), picker);

  it('moves through the choices with the arrow keys without opening any; Enter opens one and keeps the focus on the picker', async () => {
    const { page, context } = await open('?b=offline');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const choices = await page.$$eval(`${picker} option`, (options) => options.map((o) => (o as HTMLOptionElement).value));
    assert.deepEqual(choices.slice(0, 2), ['all', 'china']);
    await page.focus(picker);
    // ↓ from 全部疫情 is 全国 (the national view, several MB): shown as the choice, not opened.
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await pickerState(page), { value: 'china', focused: true, o: null });
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await pickerState(page), { value: choices[2], focused: true, o: null }, 'the next choice, still not opened');
    // Escape puts back the view on screen; so does leaving the picker.
    await page.keyboard.press('Escape');
    assert.deepEqual(await pickerState(page), { value: 'all', focused: true, o: null });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    assert.equal(await page.inputValue(picker), 'all', 'a choice not confirmed is dropped when the focus leaves');
    assert.equal(await queryParam(page, 'o'), null);
    assert.deepEqual(requests.filter((url) => /national|official|unit-days/.test(url)), [], 'nothing of the national view loaded');
    // Enter opens the choice: the national view, whose header's picker then has the focus.
    await page.focus(picker);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((sel: string) => document.activeElement?.matches(sel) && (document.activeElement as HTMLSelectElement).value === 'china' && window.location.search.includes('o=china'), picker, { timeout: 20_000 })
      .catch(async (error: Error) => assert.fail(`after Enter on 全国: ${JSON.stringify(await pickerState(page))} (${error.message})`));
    // And back, from the national view's picker: the one header's list, in the same order (全部疫情 just above 全国).
    await page.keyboard.press('ArrowUp');
    assert.deepEqual(await pickerState(page), { value: 'all', focused: true, o: 'china' });
    await page.keyboard.press('Enter');
    await page.waitForFunction((sel: string) => document.activeElement?.matches(sel) && !window.location.search.includes('o=china'), picker, { timeout: 20_000 })
      .catch(async (error: Error) => assert.fail(`after Enter on 全部疫情: ${JSON.stringify(await pickerState(page))} (${error.message})`));
    // From one outbreak to another: the view changes, the focus stays.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((o: string) => new URLSearchParams(window.location.search).get('o') === o, choices[2]);
    assert.deepEqual(await pickerState(page), { value: choices[2], focused: true, o: choices[2] });
    await context.close();
  });

  it('opens a view picked with the pointer at once', async () => {
    const { page, context } = await open('?o=anyang&b=offline');
    await page.selectOption(picker, 'all');
    await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('o'));
    assert.equal(await page.inputValue(picker), 'all');
    await context.close();
  });
});
