/**
 * Every text a draft writes for its reviewer and readers (notes, flags, reasons, year evidence) is real Chinese and
 * English, and a draft about any province, once every feature is accepted and its seed named, passes the project's
 * validator — including `city:<prefecture>` outlines outside the five outbreak provinces (city:西安市, 成都市…),
 * which the tools' gazetteer takes from the national prefecture outlines.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../scripts/ingest';
import { warmIngestSources } from '../../../scripts/lib/ingest-sources';
import { draftFileSchema } from '../../../src/data/draft-schema';
import { UNTRANSLATED_ZH } from '../../../src/data/schema';
import { localizedTexts, validateOutbreakFile } from '../../../src/data/validate';
import { loadGazetteer, repoRoot } from '../../../src/node/geo-files';

const sources = warmIngestSources();
const gazetteer = loadGazetteer();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-bilingual-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const evalDir = path.join(repoRoot, 'tests/fixtures/ingest/eval');
const reports = fs.readdirSync(evalDir).filter((f) => f.endsWith('.txt')).sort();

function ingest(report: string) {
  const out = path.join(tmp, report.replace(/\.txt$/u, '.geojson'));
  const r = run([path.join(evalDir, report), '--out', out, '--quiet'], { out: () => {}, err: () => {}, cwd: tmp }, sources);
  expect(r.code).toBe(0);
  return { json: JSON.parse(fs.readFileSync(out, 'utf8')) as unknown, reportText: fs.readFileSync(out.replace(/\.geojson$/u, '.report.txt'), 'utf8') };
}

describe.each(reports)('the draft of %s', (report) => {
  const { json, reportText } = ingest(report);
  const draft = draftFileSchema.parse(json);

  it('writes every text for readers in Chinese and in English, never the placeholder', () => {
    const texts = localizedTexts(draft);
    expect(texts.length).toBeGreaterThan(draft.features.length);
    for (const { path: at, text } of texts) {
      expect(text.zh, at).not.toBe(UNTRANSLATED_ZH);
      expect(text.zh, at).not.toBe(text.en);
      // Chinese prose, not an English sentence with Chinese names in it: the Han characters outnumber Latin letters.
      expect((text.zh.match(/\p{Script=Han}/gu) ?? []).length, `${at}: ${text.zh}`).toBeGreaterThan((text.zh.match(/[A-Za-z]/gu) ?? []).length / 3);
    }
  });

  it('validates once every feature is accepted and the seed is named (notice sections, where there are any, are kept)', () => {
    const reviewed = structuredClone(draft);
    for (const f of reviewed.features) f.properties.review = 'accepted';
    reviewed.outbreak.source = '999_0123456789abcdef.txt';
    expect(validateOutbreakFile({ file: report, json: reviewed, reportText: () => reportText }, gazetteer)).toEqual([]);
  });
});

it('the tools\' gazetteer draws prefecture outlines of all China and keeps the shipped ones', () => {
  expect(gazetteer.geometryFor('city:西安市', true)?.type).toMatch(/Polygon/);
  const shipped = JSON.parse(fs.readFileSync(path.join(repoRoot, 'geo/sources/basemap-prefectures.geojson'), 'utf8')) as { features: Array<{ properties: { name: string }; geometry: unknown }> };
  const anyang = shipped.features.find((f) => f.properties.name === '安阳市')!;
  expect(gazetteer.geometryFor('city:安阳市', true)).toEqual(anyang.geometry);
  // The 西安 report's city-wide measure is drafted on that outline (and validates above).
  const xian = draftFileSchema.parse(ingest('shaanxi-xian.txt').json);
  expect(xian.features.find((f) => f.properties.geometrySource === 'city:西安市')?.properties.kind).toBe('city-control');
});
