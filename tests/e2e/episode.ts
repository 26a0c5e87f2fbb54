/**
 * Browser tests of the episode view (o=<episode id>): 西安's episode of 2021-12-15 opened by a link — the slider's
 * days, the unit's totals checked against geo/official/episodes.json here, an area's panel from a click on its dot
 * at city zoom, a deep link written back unchanged after the view moved and came back, an unknown id's notice —
 * and the two-way link between 安阳's episode and the anyang report's view.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { areaKeyOfAddress } from '../../src/official/area-key';
import { decodeOfficial } from '../../src/official/decode';
import { officialEpisodesSchema } from '../../src/official/episode-file';
import { officialMetaSchema, type OfficialChunk } from '../../src/official/schema';
import { dayNumber, isoOfDay } from '../../src/core/calendar-day';
import { currentDate, nationalReady, open } from './national';

const XIAN = '610100-20211215';
const episodes = officialEpisodesSchema.parse(JSON.parse(fs.readFileSync('geo/official/episodes.json', 'utf8')));

/** The unit's counts on a day of the episode's slider, from episodes.json: null on a day without a list. */
function expectedCounts(id: string, iso: string): { high: number | null; medium: number | null; min: number; max: number; peakDay: number } {
  const i = episodes.episodes.id.indexOf(id);
  const first = dayNumber(episodes.firstDate);
  const [start, end] = [first + episodes.episodes.start[i], first + episodes.episodes.end[i]];
  const day = dayNumber(iso);
  const noList = episodes.noListDays.includes(day - first);
  const inside = day >= start && day <= end;
  return {
    high: inside ? episodes.episodes.high[i][day - start] : noList ? null : 0,
    medium: inside ? episodes.episodes.medium[i][day - start] : noList ? null : 0,
    min: start - 7, max: end + 7, peakDay: first + episodes.episodes.peakDay[i],
  };
}

async function goToDay(page: Page, iso: string) {
  await page.fill('[data-testid=date-input]', iso);
  await page.press('[data-testid=date-input]', 'Enter');
  await page.waitForFunction((date) => document.querySelector('[data-testid=current-date]')?.textContent?.trim() === date, iso);
}

/** An area of 西安 in force on `iso`, located to its neighbourhood or better, with no other such area within 300 m. */
function lonelyXianArea(iso: string): { id: number; key: string; lat: number; lon: number } {
  const meta = officialMetaSchema.parse(JSON.parse(fs.readFileSync('geo/official/meta.json', 'utf8')));
  const chunks = meta.chunks.map((c) => JSON.parse(fs.readFileSync(`geo/official/${c.file}`, 'utf8')) as OfficialChunk);
  const record = decodeOfficial(meta, chunks);
  const day = dayNumber(iso);
  const inForce = new Set(record.intervals.filter((i) => i.first <= day && i.last >= day).map((i) => i.area));
  const shown = record.areas.filter((a) => inForce.has(a.id) && a.lon !== undefined && a.lat !== undefined);
  const near = (a: { lon?: number; lat?: number }, b: { lon?: number; lat?: number }) => Math.hypot((a.lon! - b.lon!) * 0.83, a.lat! - b.lat!) < 0.003;
  const area = shown.find((a) => a.prefecture === '西安市' && (a.precision === 'exact' || a.precision === 'neighbourhood') && a.flags.length === 0
    && !shown.some((b) => b.id !== a.id && near(a, b)));
  assert.ok(area, `an area of 西安 alone at its point on ${iso}`);
  return { id: area.id, key: areaKeyOfAddress(area.address), lat: area.lat!, lon: area.lon! };
}

describe('episode view', () => {
  it("opens 西安's episode by its link on the peak day, with the slider over the episode ± 7 days and the unit's totals", async () => {
    const { page, context, errors } = await open(`?o=${XIAN}&b=offline`);
    await page.waitForSelector('[data-testid=episode-panel]', { timeout: 30_000 });
    const peak = expectedCounts(XIAN, '2021-12-27');
    const slider = page.locator('[data-testid=time-slider]');
    assert.equal(Number(await slider.getAttribute('min')), peak.min);
    assert.equal(Number(await slider.getAttribute('max')), peak.max);
    assert.equal(await currentDate(page), isoOfDay(peak.peakDay));
    assert.match((await page.textContent('[data-testid=view-title]')) ?? '', /西安市 2021-12-15 – 2022-01-22 · 峰值 151/);
    for (const iso of [isoOfDay(peak.peakDay), '2021-12-10', '2022-01-20', '2022-01-29']) {
      const expected = expectedCounts(XIAN, iso);
      await goToDay(page, iso);
      const totals = page.locator('[data-testid=official-totals]');
      assert.equal(await totals.getAttribute('data-high'), String(expected.high ?? ''), iso);
      assert.equal(await totals.getAttribute('data-medium'), String(expected.medium ?? ''), iso);
      if (expected.high === null && expected.medium === null) assert.match((await totals.textContent()) ?? '', /无数据/);
    }
    // d outside the episode is clamped to its slider.
    await goToDay(page, isoOfDay(peak.max));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('opens an area\'s panel from a click on its dot at city zoom, and writes a deep link back unchanged', async () => {
    const area = lonelyXianArea('2021-12-27');
    const query = `o=${XIAN}&d=2021-12-27&z=16&c=${area.lat.toFixed(4)},${area.lon.toFixed(4)}&lang=en&b=offline`;
    const { page, context, errors } = await open(`?${query}`);
    await nationalReady(page);
    const map = (await page.locator('.national-map').boundingBox())!;
    // The map is centred on the area's point (rounded to 4 decimals, ≤ 6 m: within the dot at zoom 16).
    await page.waitForFunction(() => document.querySelector('.national-map canvas') !== null);
    await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
    const panel = page.locator('[data-testid=official-panel]');
    await panel.waitFor({ timeout: 15_000 });
    assert.equal(Number(await panel.getAttribute('data-area-id')), area.id);
    assert.ok((await page.locator('[data-testid=official-history] li').count()) > 0);
    // The peak day is the episode's default, so the canonical link leaves d out.
    const withSelection = `o=${XIAN}&z=16&c=${area.lat.toFixed(4)},${area.lon.toFixed(4)}&lang=en&b=offline&sel=official:${area.key}`;
    await page.waitForFunction((q) => window.location.search === `?${q}`, withSelection);
    // Round trip: the link opens the same view, and after a step forth and back the URL is written back the same.
    await page.goto(`${page.url().split('?')[0]}?${withSelection}`);
    await page.waitForSelector('[data-testid=official-panel]', { timeout: 60_000 });
    await page.focus('[data-testid=time-slider]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.location.search.includes('d=2021-12-28'));
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((q) => window.location.search === `?${q}`, withSelection);
    assert.equal(Number(await page.locator('[data-testid=official-panel]').getAttribute('data-area-id')), area.id);
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
    await context.close();
  });

  it('opens the default view with a notice for an unknown episode id', async () => {
    const { page, context } = await open('?o=610100-29990101&lang=en');
    const notice = page.locator('[data-testid=ignored-notice]');
    await notice.waitFor({ timeout: 30_000 });
    assert.match((await notice.textContent()) ?? '', /610100-29990101/);
    assert.equal(await page.locator('[data-testid=episode-panel]').count(), 0);
    await page.waitForFunction(() => !window.location.search.includes('610100-29990101'));
    await context.close();
  });

  it("links 安阳's episode and the anyang report's view both ways", async () => {
    const { page, context } = await open('?o=410500-20220108&lang=en&b=offline');
    const toReport = page.locator('[data-testid=episode-report-link]');
    await toReport.waitFor({ timeout: 30_000 });
    await toReport.click();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('o') === 'anyang');
    const toEpisode = page.locator('[data-testid=report-to-episode]');
    await toEpisode.waitFor({ timeout: 30_000 });
    assert.match((await toEpisode.textContent()) ?? '', /Anyang \(安阳市\) 2022-01-08 – 2022-02-02/);
    await toEpisode.click();
    await page.waitForSelector('[data-testid=episode-panel]', { timeout: 30_000 });
    assert.equal(new URL(page.url()).searchParams.get('o'), '410500-20220108');
    await context.close();
  });
});
