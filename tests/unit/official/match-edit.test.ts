/** What `npm run official:match` writes into a feature: {zh, en} texts, curated flags kept, a rerun changes nothing. */
import { describe, expect, it } from 'vitest';
import type { MatchDecision } from '../../../src/official/crossref';
import type { OfficialArea } from '../../../src/official/schema';
import { applyDecision, curatedFlag, type EditableFeature } from '../../../scripts/lib/official-match-edit';

const feature = (flag?: EditableFeature['properties']['flag']): EditableFeature => ({
  geometry: null,
  properties: { id: 'x', name: '育才中学', kind: 'risk-area', precision: 'county', admin: { county: '汤阴县' }, geometrySource: 'admin:410523', flag, events: [] },
});
const fallback: MatchDecision = {
  id: 'x', outcome: 'fallback', candidates: [],
  reason: { zh: '官方名单条目的坐标是回退点，未采用', en: 'the point of the official list entry is a fallback and is not taken' },
};
const curated = { zh: '报道把它写作两个名字；按同一所学校处理', en: 'the report gives it two names; taken as one school' };

describe('official:match edits', () => {
  it('appends its reason to the curated flag in each language, marked so a rerun replaces it', () => {
    const f = feature(curated);
    applyDecision(f, fallback);
    expect(f.properties.flag).toEqual({
      zh: `${curated.zh} | 官方名单：${fallback.reason!.zh}`,
      en: `${curated.en} | Official lists: ${fallback.reason!.en}`,
    });
    expect(curatedFlag(f.properties.flag)).toEqual(curated);
    const once = JSON.stringify(f);
    applyDecision(f, fallback);
    expect(JSON.stringify(f)).toBe(once);
  });

  it('writes a flag of its own when there is no curated one, and removes it when the reason goes away', () => {
    const f = feature();
    applyDecision(f, fallback);
    expect(f.properties.flag).toEqual({ zh: `官方名单：${fallback.reason!.zh}`, en: `Official lists: ${fallback.reason!.en}` });
    applyDecision(f, { id: 'x', outcome: 'none', candidates: [] });
    expect(f.properties.flag).toBeUndefined();
  });

  it('writes the note of an official point in both languages', () => {
    const area = { address: '河南省安阳市汤阴县古贤镇大朱庄村', county: '汤阴县', township: '古贤镇', village: '大朱庄村', precisionRule: 'address-level', flags: [] } as unknown as OfficialArea;
    const f = feature(curated);
    applyDecision(f, { id: 'x', outcome: 'official', area, geometrySource: `official:${area.address}`, precision: 'village', candidates: [area] });
    expect(f.properties.geometryNote?.zh).toMatch(/^官方名单条目“河南省安阳市汤阴县古贤镇大朱庄村”的坐标（高德 GCJ-02，已转换为 WGS-84）；/);
    expect(f.properties.geometryNote?.en).toMatch(/^Point of the official list entry "河南省安阳市汤阴县古贤镇大朱庄村" \(AMap, GCJ-02 converted to WGS-84\)\. /);
    expect(f.properties.flag).toEqual(curated);
  });
});
