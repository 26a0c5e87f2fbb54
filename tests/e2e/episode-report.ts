/**
 * Browser test of the episode view's seed report places: 安阳's episode on 2022-01-10 draws the anyang report's
 * places in force that day (counted here from geo/outbreaks/anyang.geojson with the timeline's own state rule),
 * and a place leads to the report's view with that place selected on that day.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import type { Status } from '../../src/data/schema';
import { dayNumber } from '../../src/core/calendar-day';
import { DEFAULT_TIMELINE_OPTIONS, stateOnDay } from '../../src/time/feature-state';
import { open } from './national';

interface SeedFeature { properties: { id: string; events: Array<{ date: string; status: Status }> } }

const anyang = JSON.parse(fs.readFileSync('geo/outbreaks/anyang.geojson', 'utf8')) as { outbreak: { period: { end: string } }; features: SeedFeature[] };

/** The report's places on the map on `iso`: every state but hidden, as the report's view shows them. */
function placesOnDay(iso: string): string[] {
  const end = dayNumber(anyang.outbreak.period.end);
  return anyang.features.filter((f) => {
    const { events } = f.properties;
    return stateOnDay(events.map((e) => dayNumber(e.date)), events.map((e) => e.status), dayNumber(iso), DEFAULT_TIMELINE_OPTIONS, end).phase !== 'hidden';
  }).map((f) => f.properties.id);
}

describe('episode view: the seed report places', () => {
  it("draws the anyang report's places of the day on 安阳's episode map, each leading to the report view", async () => {
    const expected = placesOnDay('2022-01-10');
    assert.ok(expected.length > 0, 'the anyang report has places in force on 2022-01-10');
    const { page, context } = await open('?o=410500-20220108&d=2022-01-10');
    const list = page.locator('[data-testid=episode-report-places]');
    await list.waitFor({ timeout: 30_000 });
    assert.equal(Number(await list.getAttribute('data-count')), expected.length);
    assert.deepEqual((await page.locator('[data-testid=episode-report-place]').evaluateAll((links) => links.map((a) => a.getAttribute('data-feature')))).sort(), [...expected].sort());
    // On the map: the report's own markers (or their clusters) and shapes, as its view draws them.
    await page.waitForFunction(() => document.querySelectorAll('.national-map .atlas-marker, .national-map .marker-cluster').length > 0, undefined, { timeout: 30_000 });
    await page.locator('[data-testid=episode-report-places] summary').click();
    const link = page.locator('[data-testid=episode-report-place]').first();
    const feature = await link.getAttribute('data-feature');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('o') === 'anyang');
    const params = new URL(page.url()).searchParams;
    assert.equal(params.get('sel'), feature);
    assert.equal(params.get('d'), '2022-01-10');
    await page.locator('[data-testid=feature-panel]').waitFor({ timeout: 30_000 });
    await context.close();
  });
});
