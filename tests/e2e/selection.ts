/** Selecting a place: every kind of thing drawn on the map answers the pointer, and the panel shows why it is there. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { open } from './session';

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
