/**
 * Synthetic drafts for the review's bench and tests (issue 21 item 11): `n` made-up candidates (合成00001…)
 * in the shape `npm run ingest` writes, valid against the draft schema, the same on every run (seeded). Points in
 * a county-sized box with one event each, two for 10 %; with `sections`, the candidates are listed under that many headed
 * sections of a notice. Made-up places: for a reviewer's load, never for geo/.
 */
import type { DraftFeature, DraftFile } from '../../src/data/draft-schema';
import type { Status } from '../../src/data/schema';
import { isoOfDay, dayNumber } from '../../src/core/calendar-day';
import { seededRandom } from './seeded-random';

export interface SyntheticDraftOptions {
  seed?: number;
  /** Headed sections the candidates are listed under (none: no `section`). */
  sections?: number;
}

const START = dayNumber('2022-04-01');
const DAYS = 60;
const STATUS_RUNS: Status[][] = [['sealed', 'lifted'], ['high-risk', 'medium-risk', 'low-risk'], ['controlled'], ['medium-risk', 'low-risk'], ['precaution', 'lifted']];
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

export function syntheticDraft(n: number, { seed = 1, sections = 0 }: SyntheticDraftOptions = {}): DraftFile {
  const random = seededRandom(seed);
  const perSection = sections ? Math.ceil(n / sections) : 0;
  const features: DraftFeature[] = [];
  for (let i = 0; i < n; i += 1) {
    const number = String(i + 1).padStart(5, '0');
    const name = `合成${number}`;
    const run = STATUS_RUNS[Math.floor(random() * STATUS_RUNS.length)];
    const events = random() < 0.1 ? 2 : 1;
    let day = START + Math.floor(random() * (DAYS - 20));
    const coarse = random() < 0.2;
    const feature: DraftFeature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round5(118.2 + random() * 0.6), round5(28.7 + random() * 0.5)] },
      properties: {
        id: `synthetic-${number}`, name, nameEn: `Hecheng ${number}`, kind: 'risk-area',
        precision: coarse ? 'village' : 'neighbourhood', admin: { county: '合成县' },
        geometrySource: `geonames:${9_000_000 + i}`,
        events: run.slice(0, events).map((status) => {
          const event = { date: isoOfDay(day), status, quote: `${name}列入名单。` };
          day += 1 + Math.floor(random() * 7);
          return event;
        }),
        review: 'pending',
        confidence: Math.round(random() * 100) / 100,
      },
    };
    if (sections) {
      const order = Math.floor(i / perSection);
      feature.properties.section = { order, heading: `${order + 1}、合成小节（${perSection}个）`, count: perSection };
    }
    features.push(feature);
  }
  const days = features.flatMap((f) => f.properties.events.map((e) => e.date)).sort();
  return {
    type: 'FeatureCollection',
    outbreak: {
      id: `synthetic-${n}`, title: `合成草稿（${n} 处）`, titleEn: `Synthetic draft (${n} places)`, province: '浙江省', city: '衢州市',
      report: 'geo/reports/synthetic.txt', source: 'draft:synthetic.txt', period: { start: days[0], end: days[days.length - 1] },
      yearBasis: 'stated', yearEvidence: { zh: '合成数据，年份为设定值', en: 'synthetic data: the year is set' },
      notes: [{ zh: '合成草稿，用于测量审核视图的速度', en: 'Synthetic draft for timing the review view' }],
    },
    features,
  };
}
