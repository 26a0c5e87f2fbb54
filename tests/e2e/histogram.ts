/** The histogram of events and new cases: read by pointer and keyboard, and a click on any day moves the slider. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { outbreakFileSchema } from '../../src/data/schema';
import { dayNumber, isoOfDay } from '../../src/core/calendar-day';
import { anyang, currentDate, open } from './session';

const outbreaks = fs.readdirSync('geo/outbreaks').filter((f) => f.endsWith('.geojson'))
  .map((f) => outbreakFileSchema.parse(JSON.parse(fs.readFileSync(`geo/outbreaks/${f}`, 'utf8'))));

/** Calendar day → number of events, over the given outbreaks. */
function eventsPerDay(files: typeof outbreaks): Map<number, number> {
  const counts = new Map<number, number>();
  for (const f of files) for (const feature of f.features) for (const e of feature.properties.events) counts.set(dayNumber(e.date), (counts.get(dayNumber(e.date)) ?? 0) + 1);
  return counts;
}

/** Page x of the centre of `day` on the plot of days min..max, and its y middle. */
async function dayPoint(page: Page, day: number, min: number, max: number, offset = 0): Promise<{ x: number; y: number }> {
  const box = (await page.locator('[data-testid=histogram-plot]').boundingBox())!;
  return { x: box.x + ((day - min + 0.5) / (max - min + 1)) * box.width + offset, y: box.y + box.height / 2 };
}

describe('histogram', () => {
  const start = dayNumber(anyang.outbreak.period.start);
  const end = dayNumber(anyang.outbreak.period.end);

  it('draws each reported number of new cases as a point with its number, never joined across days without a report, beside an axis', async () => {
    const { page, context } = await open('?o=anyang');
    const reported = anyang.outbreak.caseCounts!.filter((c) => c.basis === 'new' && c.confirmed !== undefined);
    await page.waitForSelector('[data-testid=case-point]', { state: 'attached' });
    assert.equal(await page.locator('[data-testid=case-point]').count(), reported.length);
    assert.deepEqual(await page.$$eval('[data-testid=case-value]', (e: Element[]) => e.map((v) => v.textContent)), reported.map((c) => String(c.confirmed)));
    // 01-08, 01-17 and 01-22 are not neighbours: no line.
    assert.equal(await page.locator('[data-testid=case-line]').count(), 0);
    const busiest = Math.max(...eventsPerDay([anyang]).values());
    assert.equal(await page.textContent('[data-testid=histogram-axis] span:first-child'), String(busiest));
    await context.close();
  });

  it('shows the day\'s counts on hover, and a click on a day without any event moves the slider there', async () => {
    const { page, context } = await open('?o=anyang&lang=en');
    const peak = dayNumber('2022-01-17');
    const point = await dayPoint(page, peak, start, end);
    await page.mouse.move(point.x, point.y);
    const tip = await page.textContent('[data-testid=histogram-tooltip]');
    assert.match(tip ?? '', /2022-01-17/);
    assert.match(tip ?? '', /94 new confirmed cases/);
    const events = eventsPerDay([anyang]);
    const quiet = [...Array(end - start + 1).keys()].map((i) => start + i).find((d) => !events.has(d) && !anyang.outbreak.caseCounts!.some((c) => dayNumber(c.date) === d))!;
    const at = await dayPoint(page, quiet, start, end);
    await page.mouse.click(at.x, at.y);
    assert.equal(await currentDate(page), isoOfDay(quiet));
    await context.close();
  });

  it('makes a one-event day of a year-long range easy to hit', async () => {
    const { page, context } = await open('');
    const events = eventsPerDay(outbreaks);
    const min = Math.min(...outbreaks.map((o) => dayNumber(o.outbreak.period.start)));
    const max = Math.max(...outbreaks.map((o) => dayNumber(o.outbreak.period.end)));
    const lone = [...events].find(([d, n]) => n === 1 && !events.has(d - 1) && !events.has(d + 1) && !events.has(d + 2) && !events.has(d - 2))![0];
    const box = (await page.locator('[data-testid=histogram-plot]').boundingBox())!;
    const dayWidth = box.width / (max - min + 1);
    assert.ok(dayWidth < 4, `days are narrow here (${dayWidth.toFixed(1)} px)`);
    // Beside the bar, over the next day.
    const point = await dayPoint(page, lone, min, max, dayWidth);
    await page.mouse.click(point.x, point.y);
    assert.equal(await currentDate(page), isoOfDay(lone));
    await context.close();
  });

  it('is a list of days for the keyboard: arrows choose a day and read its counts, Enter goes to it', async () => {
    const { page, context } = await open('?o=anyang');
    // The histogram comes next after the side panel (whose last control opens a draft for review) in the tab order.
    await page.focus('[data-testid=open-draft]');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'histogram-plot');
    for (let i = 0; i < 9; i += 1) await page.keyboard.press('ArrowRight');
    const option = await page.evaluate(() => {
      const plot = document.activeElement!;
      return document.getElementById(plot.getAttribute('aria-activedescendant') ?? '')?.textContent ?? null;
    });
    assert.match(option ?? '', /2022-01-17/);
    assert.match(option ?? '', /新增确诊 94 例/);
    await page.keyboard.press('Enter');
    assert.equal(await currentDate(page), '2022-01-17');
    await context.close();
  });
});

describe('days since the first case', () => {
  it('colours each outbreak in the histogram and its key when all are compared, and dates each in the tooltip', async () => {
    const { page, context } = await open('?a=first');
    const keys = await page.$$eval('[data-testid=histogram-outbreak-key]', (e: Element[]) => e.map((k) => k.textContent));
    assert.equal(keys.length, outbreaks.length);
    const fills = await page.$$eval('[data-testid=histogram] .bar', (bars: Element[]) => new Set(bars.map((b) => getComputedStyle(b).fill)).size);
    assert.ok(fills >= outbreaks.length, `bar colours: ${fills}`);
    const point = await dayPoint(page, 0, ...(await page.$eval('[data-testid=time-slider]', (s: Element) => [Number((s as HTMLInputElement).min), Number((s as HTMLInputElement).max)])) as [number, number]);
    await page.mouse.move(point.x, point.y);
    const tip = await page.textContent('[data-testid=histogram-tooltip]');
    for (const o of outbreaks) assert.ok(tip?.includes(o.outbreak.title), `tooltip names ${o.outbreak.title}: ${tip}`);
    assert.equal((tip?.match(/\d{4}-\d\d-\d\d/g) ?? []).length, outbreaks.length, 'one date per outbreak');
    await context.close();
  });

  it('shows the calendar date beside "day N" for one outbreak', async () => {
    const { page, context } = await open('?o=anyang&a=first&n=3');
    const shown = await currentDate(page);
    assert.match(shown ?? '', /第 3 天/);
    assert.match(shown ?? '', new RegExp(isoOfDay(dayNumber(anyang.outbreak.period.start) + 3)));
    // And the key says what day 0 is (Anyang's first case is dated 2022-01-08).
    assert.match(await page.textContent('[data-testid=day-zero]') ?? '', /首例.*2022-01-08/);
    await context.close();
  });
});
