/** One language at a time: curator texts (location notes, flags, year evidence) and statuses in the interface's language. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { outbreakFileSchema, type LocalizedText } from '../../src/data/schema';
import { anyang, open, session } from './session';

const shifeng = outbreakFileSchema.parse(JSON.parse(fs.readFileSync('geo/outbreaks/shifeng.geojson', 'utf8')));
const byId = (file: typeof anyang, id: string) => file.features.find((f) => f.properties.id === id)!.properties;

/** Runs of two or more English words of a text: none of them may show in the Chinese interface. */
const englishPhrases = (text: string) => text.match(/[A-Za-z]{2,}(?:[\s,;:'’()-]+[A-Za-z]{2,})+/g) ?? [];
/** Runs of four or more Chinese characters of the zh text that the en text does not quote: none may show in English. */
const chinesePhrases = (text: LocalizedText) => (text.zh.match(/[\u4e00-\u9fff]{4,}/g) ?? []).filter((run) => !text.en.includes(run));

/** The texts of the panel's curator-text elements: location note, place flag, year evidence, event flags. */
async function curatorTexts(page: Page) {
  const all = (testId: string) => page.$$eval(`[data-testid=feature-panel] [data-testid=${testId}]`, (nodes: Element[]) => nodes.map((n) => n.textContent ?? ''));
  return { note: await all('geometry-note'), flag: await all('feature-flag'), year: await all('year-evidence'), events: await all('event-flag') };
}

describe('one language at a time', () => {
  // 杨孔村: a location note and a flagged event; 白石港社区: a place flag, and Shifeng's year is inferred (evidence shown).
  const places = [
    { query: `?o=anyang&d=2022-02-03&sel=anyang-tangyin-yangkong`, properties: byId(anyang, 'anyang-tangyin-yangkong'), year: undefined },
    { query: `?o=shifeng&d=2021-08-10&sel=shifeng-baishigang-community`, properties: byId(shifeng, 'shifeng-baishigang-community'), year: shifeng.outbreak.yearEvidence },
  ];

  for (const lang of ['zh', 'en'] as const) {
    it(`shows location notes, flags and year evidence in ${lang === 'zh' ? 'Chinese only in the Chinese' : 'English only in the English'} interface`, async () => {
      const suffix = lang === 'en' ? '&lang=en' : '';
      const { page, context } = await open(`${places[0].query}${suffix}`);
      for (const { query, properties, year } of places) {
        if (query !== places[0].query) await page.goto(`${session.server.base}${query}${suffix}`);
        await page.waitForSelector(`[data-testid=feature-panel][data-feature-id=${properties.id}]`);
        const shown = await curatorTexts(page);
        const flagged = properties.events.flatMap((e) => (e.flag ? [e.flag] : []));
        const texts = [properties.geometryNote, properties.flag, year, ...flagged].filter((t): t is LocalizedText => t !== undefined);
        assert.ok(texts.length >= 2, `${properties.id} has curator texts to check`);
        assert.deepEqual(shown.note, properties.geometryNote ? [properties.geometryNote[lang]] : []);
        assert.deepEqual(shown.events.map((s) => s.replace(/^⚠\s*/, '')), flagged.map((f) => f[lang]));
        assert.equal(shown.flag.length, properties.flag ? 1 : 0);
        if (properties.flag) assert.ok(shown.flag[0].endsWith(properties.flag[lang]), shown.flag[0]);
        assert.equal(shown.year.length, year ? 1 : 0);
        if (year) assert.ok(shown.year[0].endsWith(year[lang]), shown.year[0]);
        const curator = [...shown.note, ...shown.flag, ...shown.year, ...shown.events].join('\n');
        if (lang === 'zh') {
          const panel = await page.textContent('[data-testid=feature-panel]') ?? '';
          const leaked = texts.flatMap((t) => englishPhrases(t.en)).filter((phrase) => panel.includes(phrase));
          assert.deepEqual(leaked, [], `English curator text in the Chinese interface (${properties.id})`);
        } else {
          const leaked = texts.flatMap(chinesePhrases).filter((phrase) => curator.includes(phrase));
          assert.deepEqual(leaked, [], `Chinese curator text in the English interface (${properties.id})`);
        }
      }
      await context.close();
    });
  }

  it('shows a first case beside a same-day mention, and bus lines partly resumed as still a measure, in both languages', async () => {
    const { page, context } = await open('?o=heze&d=2022-07-24&sel=heze-louzhuang-town');
    const status = () => page.textContent('[data-testid=feature-panel] .facts dd:nth-of-type(2)');
    assert.equal(await status(), '首例');
    await page.goto(`${session.server.base}?o=anyang&d=2022-01-25&sel=anyang-city-bus&lang=en`);
    await page.waitForSelector('[data-testid=feature-panel][data-feature-id=anyang-city-bus]');
    assert.equal(await status(), 'Partly resumed');
    assert.equal(await page.getAttribute('[data-testid=feature-panel] .history li:last-child .status-tag', 'class'), 'status-tag status-partly-resumed');
    await context.close();
  });
});
