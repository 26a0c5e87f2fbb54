/** The name search: tone marks, initials and Traditional characters, and a list of matches to jump to. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { open } from './session';

const matchIds = (page: import('playwright-core').Page) => page.$$eval('[data-testid=search-matches] [role=option]', (options: Element[]) => options.map((o) => o.getAttribute('data-feature-id')));

describe('search', () => {
  for (const typed of ['yángkǒng', 'ykc', '楊孔']) {
    it(`finds 杨孔村 typed as "${typed}" and lists it`, async () => {
      const { page, context } = await open('?o=anyang&lang=en');
      await page.fill('[data-testid=search]', typed);
      await page.waitForFunction(() => document.querySelector('[data-testid=search-matches] [data-feature-id=anyang-tangyin-yangkong]') !== null, undefined, { timeout: 5000 });
      assert.equal((await matchIds(page))[0], 'anyang-tangyin-yangkong', 'the place named so comes first');
      await context.close();
    });
  }

  it('opens a match chosen with the keyboard on a day it is on the map, and Escape returns to the search box', async () => {
    // 瓦子岗村 is on the map only from its one event (2022-02-03); the view starts on 2022-01-08.
    const { page, context } = await open('?o=anyang');
    await page.click('[data-testid=search]');
    await page.keyboard.type('wzg');
    await page.waitForSelector('[data-testid=search-matches] [data-feature-id=anyang-tangyin-wazigang]');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.getAttribute('[data-testid=search]', 'aria-activedescendant'), 'search-match-0');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=feature-panel][data-feature-id=anyang-tangyin-wazigang]');
    assert.equal(await page.textContent('[data-testid=current-date]'), '2022-02-03');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=feature-panel]', { state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'search');
    await context.close();
  });
});
