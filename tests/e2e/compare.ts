/**
 * The compare view (?o=compare, issue 23 item 4): two curves and their legend, the cursor moved by keyboard with
 * each outbreak's value checked against geo/official/episodes.json (computed here, not by the app's code), the log
 * toggle, a deep link that opens the same view, an unknown id's notice and the empty state, and the index's ticks.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { dayNumber, isoOfDay } from '../../src/core/calendar-day';
import { offlinePage } from '../support/browser';
import { seriousViolations } from './accessibility';
import { anyang, session } from './session';

const raw = JSON.parse(fs.readFileSync('geo/official/episodes.json', 'utf8')) as {
  firstDate: string; episodes: { id: string[]; start: number[]; high: Array<Array<number | null>>; medium: Array<Array<number | null>> };
};
const XIAN = '610100-20211215';
/** Areas in force on a calendar day of an episode, or null on a no-list day / outside it. */
function areasOn(id: string, day: number): number | null {
  const i = raw.episodes.id.indexOf(id);
  const k = day - (dayNumber(raw.firstDate) + raw.episodes.start[i]);
  const [high, medium] = [raw.episodes.high[i][k], raw.episodes.medium[i][k]];
  return high === undefined || high === null || medium === null || medium === undefined ? null : high + medium;
}
// Anyang's first case (its earliest first-case event) is its day 0; its curve is Anyang's (安阳市) episode.
const anyangDay0 = dayNumber(anyang.features.flatMap((f) => f.properties.events.filter((e) => e.status === 'first-case').map((e) => e.date)).sort()[0]);
const anyangEpisode = raw.episodes.id.find((id) => id.startsWith('410500-2022'))!;
const xianDay0 = dayNumber('2021-12-15');

async function openCompare(query: string, viewport?: { width: number; height: number }) {
  const opened = await offlinePage(session.browser, session.server.base, viewport);
  await opened.page.goto(`${session.server.base}${query}`);
  await opened.page.waitForSelector('[data-testid=compare-view]', { timeout: 30_000 });
  return opened;
}
const cursorOf = async (page: Page) => Number(await page.textContent('[data-testid=compare-cursor-value]'));
const rowOf = (page: Page, id: string) => page.$eval(`[data-testid=compare-row][data-id="${id}"]`, (row) => ({
  value: (row as HTMLElement).dataset.value ?? '', date: (row as HTMLElement).dataset.date ?? '', text: row.textContent ?? '',
}));

describe('compare view', () => {
  it('draws two curves with a bilingual legend, and the keyboard cursor shows values from episodes.json', async () => {
    const { page, context, errors } = await openCompare(`?o=compare&ids=${XIAN},anyang&lang=en`);
    try {
      assert.equal(await page.locator('[data-testid=compare-curve]').count(), 2);
      const legend = await page.textContent('[data-testid=compare-legend]');
      for (const name of ['西安市', "Xi'an", '安阳市', 'Anyang', anyangEpisode]) assert.ok(legend?.includes(name), `legend names ${name}: ${legend}`);
      const slider = page.locator('[data-testid=compare-cursor]');
      await slider.focus();
      await page.keyboard.press('Home');
      const first = await cursorOf(page);
      assert.ok(first <= 0, `Home goes to the first day since start (${first})`);
      for (let i = 0; i < 12 - first; i += 1) await page.keyboard.press('ArrowRight');
      assert.equal(await cursorOf(page), 12);
      await page.keyboard.press('ArrowLeft');
      assert.equal(await cursorOf(page), 11);
      const xian = await rowOf(page, XIAN);
      assert.equal(xian.date, isoOfDay(xianDay0 + 11));
      assert.equal(xian.value, String(areasOn(XIAN, xianDay0 + 11)));
      const ay = await rowOf(page, 'anyang');
      assert.equal(ay.date, isoOfDay(anyangDay0 + 11));
      assert.equal(ay.value, String(areasOn(anyangEpisode, anyangDay0 + 11) ?? ''));
      await page.keyboard.press('End');
      assert.ok(await cursorOf(page) > 11);
      await page.keyboard.press('Home');
      assert.equal(await cursorOf(page), first);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('names the curves in the reader\'s language: a Chinese reader sees no English running text in the legend', async () => {
    const { page, context, errors } = await openCompare(`?o=compare&ids=${XIAN},anyang`);
    try {
      const legend = (await page.textContent('[data-testid=compare-legend]')) ?? '';
      assert.ok(legend.includes('西安市') && legend.includes('安阳市'), legend);
      assert.ok(!/Xi'an|Anyang| from /.test(legend), `no English names in the Chinese legend: ${legend}`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('toggles log with its rule for 0, and the URL opens the same view again', async () => {
    const { page, context } = await openCompare(`?o=compare&ids=${XIAN},anyang&lang=en`);
    try {
      const linear = await page.getAttribute(`[data-testid=compare-curve][data-id="${XIAN}"]`, 'd');
      await page.check('[data-testid=scale-log]');
      await page.waitForSelector('[data-testid=compare-chart][data-scale=log]');
      assert.notEqual(await page.getAttribute(`[data-testid=compare-curve][data-id="${XIAN}"]`, 'd'), linear);
      assert.match((await page.textContent('[data-testid=log-rule]')) ?? '', /0 areas is drawn on the floor/);
      await page.locator('[data-testid=compare-cursor]').focus();
      await page.keyboard.press('Home');
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
      const cursor = await cursorOf(page);
      const link = page.url();
      assert.match(link, /scale=log/);
      assert.match(link, new RegExp(`n=${cursor}`));
      const again = await openCompare(link.slice(session.server.base.length));
      try {
        assert.equal(await cursorOf(again.page), cursor);
        assert.equal(await again.page.getAttribute('[data-testid=compare-chart]', 'data-scale'), 'log');
        assert.equal(await again.page.locator('[data-testid=compare-curve]').count(), 2);
        assert.equal(again.page.url(), link);
      } finally {
        await again.context.close();
      }
    } finally {
      await context.close();
    }
  });

  it('drops an unknown id with a notice; one valid id shows how to pick; a search adds the second', async () => {
    const { page, context } = await openCompare('?o=compare&ids=anyang,999999-20200101&lang=en');
    try {
      assert.match((await page.textContent('[data-testid=compare-dropped]')) ?? '', /999999-20200101/);
      assert.match((await page.textContent('[data-testid=compare-empty]')) ?? '', /Pick at least two/);
      assert.equal(await page.locator('[data-testid=compare-curve]').count(), 0);
      await page.fill('[data-testid=compare-search]', 'xian');
      await page.click(`[data-testid=compare-matches] button[data-id="${XIAN}"]`);
      assert.equal(await page.locator('[data-testid=compare-curve]').count(), 2);
      assert.match(page.url(), new RegExp(`ids=anyang,${XIAN}`));
    } finally {
      await context.close();
    }
  });

  it('the outbreak index opens the compare view with the ticked rows', async () => {
    const { page, context } = await openCompare('?o=compare&lang=en').then(async (o) => {
      await o.page.goto(`${session.server.base}?o=outbreaks&lang=en`);
      await o.page.waitForSelector('[data-testid=compare-toggle]', { timeout: 30_000 });
      return o;
    });
    try {
      assert.ok(await page.isDisabled('[data-testid=compare-open]'));
      const ticks = page.locator('[data-testid=compare-toggle]');
      const ids = [await ticks.nth(0).evaluate((box) => box.closest('tr')!.dataset.id!), await ticks.nth(1).evaluate((box) => box.closest('tr')!.dataset.id!)];
      await ticks.nth(0).check();
      await ticks.nth(1).check();
      await page.click('[data-testid=compare-open]');
      await page.waitForSelector('[data-testid=compare-curve]');
      assert.equal(await page.locator('[data-testid=compare-curve]').count(), 2);
      assert.match(page.url(), new RegExp(`ids=${ids.join(',')}`));
    } finally {
      await context.close();
    }
  });

  for (const [width, height, lang] of [[1280, 800, 'zh'], [390, 844, 'en']] as const) {
    it(`axe-core finds no critical or serious violation in the compare view (${width} px, ${lang})`, async () => {
      const { page, context } = await openCompare(`?o=compare&ids=${XIAN},anyang,kaihua${lang === 'en' ? '&lang=en' : ''}`, { width, height });
      try {
        await page.waitForSelector('[data-testid=compare-curve]');
        assert.deepEqual(await seriousViolations(page), []);
      } finally {
        await context.close();
      }
    });
  }
});
