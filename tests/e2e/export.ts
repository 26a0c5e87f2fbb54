/** Exports say which view they hold and how precisely each place is located. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { anyang, open } from './session';

async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return fs.readFileSync((await download.path())!, 'utf8');
}

const yangkong = anyang.features.find((f) => f.properties.id === 'anyang-tangyin-yangkong')!;

describe('export', () => {
  it('writes the date, filters and link in a CSV header, and each place\'s precision, radius, source and quotes', async () => {
    const { page, context } = await open('?o=anyang&d=2022-01-10&k=risk-area&b=offline');
    const csv = await downloaded(page, '[data-testid=export-csv]');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    assert.ok(lines.includes('# day: 2022-01-10'), lines.slice(0, 5).join('\n'));
    assert.ok(lines.some((l) => l.startsWith('# filters: kinds=risk-area;')));
    assert.ok(lines.some((l) => l.startsWith('# link: ') && l.includes('o=anyang') && l.includes('d=2022-01-10') && l.includes('k=risk-area')));
    const columns = lines.find((l) => l.startsWith('id,'))!.split(',');
    const row = lines.find((l) => l.startsWith('"anyang-tangyin-yangkong"'))!;
    // Cells are quoted; the quotes of the events hold no double quote or line break for this place.
    const cells = row.slice(1, -1).split('","');
    const cell = (name: string) => cells[columns.indexOf(name)];
    assert.equal(cell('precision'), 'county');
    assert.ok(Number(cell('uncertainty_radius_m')) > 5000, `radius ${cell('uncertainty_radius_m')}`);
    assert.equal(cell('geometrySource'), yangkong.properties.geometrySource);
    assert.ok(cell('event_quotes').includes(yangkong.properties.events[0].quote), cell('event_quotes'));
    await context.close();
  });

  it('writes the view in the GeoJSON\'s properties and a radius per place', async () => {
    const { page, context } = await open('?o=anyang&d=2022-01-10&k=risk-area&b=offline');
    const json = JSON.parse(await downloaded(page, '[data-testid=export-geojson]')) as {
      properties: { day: string; filters: { kinds: string[] }; link: string };
      features: Array<{ properties: { id: string; precision: string; uncertaintyRadiusMetres: number | null } }>;
    };
    assert.equal(json.properties.day, '2022-01-10');
    assert.deepEqual(json.properties.filters.kinds, ['risk-area']);
    const place = json.features.find((f) => f.properties.id === 'anyang-tangyin-yangkong')!;
    assert.ok((place.properties.uncertaintyRadiusMetres ?? 0) > 5000);
    await context.close();
  });
});
