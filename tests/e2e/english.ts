/** Reading the atlas in one language: counts that agree in number, basemap names that do not cover each other. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { open, settled } from './session';

const OUTBREAK_IDS = fs.readdirSync('geo/outbreaks').filter((f) => f.endsWith('.geojson')).map((f) => f.replace('.geojson', ''));

describe('English', () => {
  it('says "1 day/s" and "2 days/s"', async () => {
    const { page, context } = await open('?o=anyang&lang=en');
    const speeds = await page.$$eval('.speed option', (options: Element[]) => options.map((o) => o.textContent));
    assert.deepEqual(speeds, ['1 day/s', '2 days/s', '4 days/s']);
    await context.close();
  });

  it('shows no two basemap names over each other at the fitted zoom of each outbreak', async () => {
    let named = 0;
    for (const id of OUTBREAK_IDS) {
      const { page, context } = await open(`?o=${id}&lang=en&b=offline`);
      await page.waitForSelector('.marker-cluster, .atlas-marker', { state: 'attached' });
      const boxes = await settled(page, () => page.evaluate(() => {
        const map = document.querySelector('.atlas-map')!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('.atlas-basemap-label')]
          .filter((label) => getComputedStyle(label).visibility !== 'hidden')
          .map((label) => ({ text: label.textContent ?? '', ...label.getBoundingClientRect().toJSON() as DOMRect }))
          .filter((box) => box.right > map.left && box.left < map.right && box.bottom > map.top && box.top < map.bottom);
      }));
      named += boxes.length;
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          assert.ok(!overlap, `${id}: "${a.text}" and "${b.text}" overlap`);
        }
      }
      await context.close();
    }
    assert.ok(named > 10, `names shown over the five outbreaks: ${named}`);
  });
});
