/**
 * Writes tests/fixtures/drafts/guangzhou-notice.{geojson,report.txt}: a draft of a notice with headed sections
 * (issue 24 item 4), for the review's grouping by section. Not a published notice: its lines are the changes of
 * Guangzhou's entries in the official lists between 2022-10-28 and 2022-10-29 (../shared/official-risk-areas),
 * written as a notice lists them, and each candidate's point is that entry's point in the official record
 * (GCJ-02 converted to WGS-84, as `npm run official` does). No coordinate is typed. The first entry of section 四
 * is left out of the candidates (named in the draft's notes, as ingest names a place it did not place), so that
 * section's stated count differs from the number found. Run: npx tsx tests/support/make-notice-fixture.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { draftFileSchema, type DraftFeature, type DraftFile } from '../../src/data/draft-schema';
import { toPinyinName } from '../../src/data/pinyin';
import { toWgs84 } from '../../src/official/build';

const SHARED = path.resolve(import.meta.dirname, '../../../shared/official-risk-areas');
const OUT = path.resolve(import.meta.dirname, '../fixtures/drafts');
const CITY = '广州市';

type Level = 'h' | 'm';
interface ListFile { data: Record<string, Array<{ province: string; city: string; county: string; communitys: string[] }>> }

function levels(day: string): Map<string, Level> {
  const list = JSON.parse(fs.readFileSync(path.join(SHARED, 'lists-2022', `${day}.json`), 'utf8')) as ListFile;
  const out = new Map<string, Level>();
  for (const [level, key] of [['h', 'highlist'], ['m', 'middlelist']] as const) {
    for (const area of list.data[key] ?? []) if (area.city === CITY) for (const c of area.communitys) out.set(`${area.county}\t${c}`, level);
  }
  return out;
}

function points(day: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const level of ['h', 'm']) {
    const file = JSON.parse(fs.readFileSync(path.join(SHARED, 'points', `${day}_${level}.geojson`), 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Point, { full_address: string }>;
    for (const f of file.features) out.set(f.properties.full_address, f.geometry.coordinates as [number, number]);
  }
  return out;
}

const before = levels('20221028');
const after = levels('20221029');
const gcj = new Map([...points('20221028'), ...points('20221029')]);
const SECTIONS = [
  { from: 'h', to: 'm', heading: '高风险区降为中风险区', status: 'medium-risk' },
  { from: undefined, to: 'h', heading: '新增高风险区', status: 'high-risk' },
  { from: undefined, to: 'm', heading: '新增中风险区', status: 'medium-risk' },
  { from: 'm', to: undefined, heading: '中风险区降为低风险区', status: 'lifted' },
] as const;
const NUMERALS = ['一', '二', '三', '四'];

const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
const lines = ['广州市关于调整风险区域的通告', '', '根据疫情防控需要，经研判，自2022年10月29日起对以下区域风险等级进行调整：', ''];
const features: DraftFeature[] = [];
const leftOut: string[] = [];
SECTIONS.forEach((section, order) => {
  const entries = keys.filter((k) => before.get(k) === section.from && after.get(k) === section.to);
  const heading = `${NUMERALS[order]}、${section.heading}（${entries.length}个）`;
  lines.push(heading);
  entries.forEach((key, i) => {
    const [district, entry] = key.split('\t');
    const line = `${i + 1}. ${district}${entry}`;
    lines.push(line);
    if (order === 3 && i === 0) {
      leftOut.push(`${district}${entry}`);
      return;
    }
    const address = `广东省广州市${district}${entry}`.replace(/\s+/gu, '');
    const point = gcj.get(`广东省广州市${district}${entry}`);
    if (!point) throw new Error(`no official point for ${address}`);
    const name = entry.replace(/\s+/gu, '');
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: toWgs84(point) },
      properties: {
        id: `guangzhou-notice-${order + 1}-${String(i + 1).padStart(2, '0')}`,
        name, nameEn: toPinyinName(name.slice(0, 12)) + (name.length > 12 ? '…' : ''),
        kind: 'risk-area', precision: 'neighbourhood', admin: { county: district },
        geometrySource: `official:${address}`,
        geometryNote: {
          zh: `官方名单条目“${address}”的坐标（高德 GCJ-02，已转换为 WGS-84）`,
          en: `Point of the official list entry "${address}" (AMap, GCJ-02 converted to WGS-84)`,
        },
        events: [{ date: '2022-10-29', status: section.status, quote: line }],
        review: 'pending', confidence: 0.8,
        section: { order, heading, count: entries.length },
      },
    });
  });
  lines.push('');
});

const draft: DraftFile = draftFileSchema.parse({
  type: 'FeatureCollection',
  outbreak: {
    id: 'guangzhou-notice', title: '广州市风险区域调整通告', titleEn: 'Guangzhou risk area notice', province: '广东省', city: CITY,
    report: 'geo/reports/guangzhou-notice.txt', source: 'draft:guangzhou-notice.txt', period: { start: '2022-10-29', end: '2022-10-29' },
    yearBasis: 'stated', yearEvidence: { zh: '通告写明“自2022年10月29日起”', en: 'the notice says "from 29 October 2022" (自2022年10月29日起)' },
    notes: [
      { zh: '测试用草稿：据官方风险区名单（2022 年 10 月 28 日与 29 日）中广州市的变化整理，不是已发布的通告。', en: 'Test draft: the changes of Guangzhou\'s entries in the official lists of 28 and 29 October 2022, not a published notice.' },
      { zh: `提到了措施但未能定位的地点：${leftOut.join('、')}`, en: `Places named with a measure but not placed: ${leftOut.join(', ')}` },
    ],
  },
  features,
});
fs.writeFileSync(path.join(OUT, 'guangzhou-notice.report.txt'), `${lines.join('\n')}\n`);
fs.writeFileSync(path.join(OUT, 'guangzhou-notice.geojson'), `${JSON.stringify(draft, null, 1)}\n`);
console.log(`${features.length} candidates in ${SECTIONS.length} sections; left out: ${leftOut.length}`);
