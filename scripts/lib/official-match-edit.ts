/**
 * Writes a cross-reference decision into an outbreak feature: geometry source, precision, admin and a note in
 * zh and en for a point taken from the official record, or the reason (zh and en) in its flag when none is taken.
 * The tool's own text in each language of a flag starts with that language's mark (OFFICIAL_FLAG_MARK), so a
 * second run replaces it instead of adding to it, and the curated text before it is kept.
 */
import { AREA_FLAGS, PRECISION_RULES } from '../../src/official/codes';
import type { MatchDecision } from '../../src/official/crossref';
import type { LocalizedText, Precision } from '../../src/data/schema';

export interface EditableFeature {
  geometry: unknown;
  properties: {
    id: string; name: string; kind: string; precision: Precision; admin: { county: string; township?: string; village?: string };
    geometrySource: string; geometryNote?: LocalizedText; flag?: LocalizedText; events: unknown[]; [key: string]: unknown;
  };
}

type Language = keyof LocalizedText;
export const OFFICIAL_FLAG_MARK: LocalizedText = { zh: '官方名单：', en: 'Official lists: ' };
const SEPARATOR = ' | ';
const ORDER = ['id', 'name', 'nameEn', 'kind', 'precision', 'admin', 'geometrySource', 'geometryNote', 'flag', 'events'];

function curatedPart(text: string, lang: Language): string {
  const at = text.indexOf(OFFICIAL_FLAG_MARK[lang]);
  if (at < 0) return text;
  return text.slice(0, at).replace(/\s*\|\s*$/u, '');
}

/** The curated part of a flag, without what an earlier run of the tool wrote (undefined when nothing is left). */
export function curatedFlag(flag: LocalizedText | undefined): LocalizedText | undefined {
  if (!flag) return undefined;
  const kept = { zh: curatedPart(flag.zh, 'zh'), en: curatedPart(flag.en, 'en') };
  if ((kept.zh === '') !== (kept.en === '')) throw new Error(`flag "${flag.zh}" / "${flag.en}": the curated text is in one language only`);
  return kept.zh === '' ? undefined : kept;
}

const sameText = (a: LocalizedText | undefined, b: LocalizedText | undefined) => a?.zh === b?.zh && a?.en === b?.en;

function reorder(properties: EditableFeature['properties']): EditableFeature['properties'] {
  const keys = [...ORDER.filter((k) => k in properties), ...Object.keys(properties).filter((k) => !ORDER.includes(k))];
  return Object.fromEntries(keys.filter((k) => properties[k] !== undefined).map((k) => [k, properties[k]])) as EditableFeature['properties'];
}

export function applyDecision(feature: EditableFeature, decision: MatchDecision): void {
  const p = { ...feature.properties, admin: { ...feature.properties.admin } };
  const curated = curatedFlag(p.flag);
  const changes = decision.outcome === 'official' || decision.outcome === 'centroid' || decision.reason !== undefined;
  if (!changes && sameText(curated, p.flag)) return;
  p.flag = curated;
  if (decision.outcome === 'official' && decision.area && decision.geometrySource && decision.precision) {
    const { area } = decision;
    p.geometrySource = decision.geometrySource;
    p.precision = decision.precision;
    if (area.county) p.admin.county = area.county;
    if (area.township) p.admin.township = area.township;
    if (area.village) p.admin.village = area.village;
    const rule = PRECISION_RULES[area.precisionRule];
    const flags = area.flags.map((f) => AREA_FLAGS[f]);
    p.geometryNote = {
      zh: `官方名单条目“${area.address}”的坐标（高德 GCJ-02，已转换为 WGS-84）；${rule.zh}${flags.map((f) => f.zh).join('')}`,
      en: `Point of the official list entry "${area.address}" (AMap, GCJ-02 converted to WGS-84). ${rule.en}${flags.map((f) => ` ${f.en}`).join('')}`,
    };
  } else if (decision.outcome === 'centroid' && decision.centroid && decision.geometrySource) {
    const { centroid } = decision;
    p.geometrySource = decision.geometrySource;
    p.precision = 'township';
    const left = centroid.outliers.length ? `；另有 ${centroid.outliers.length} 个离群点未计入` : '';
    const leftEn = centroid.outliers.length ? `; ${centroid.outliers.length} outlying point(s) left out` : '';
    p.geometryNote = {
      zh: `派生点：官方名单中${centroid.name}的 ${centroid.points} 个有自身坐标的地点（村或小区）的平均位置，距各点最远 ${centroid.spreadKm} 公里${left}；精度为乡镇级`,
      en: `Derived point: the mean of the ${centroid.points} places (villages or compounds) of ${centroid.name} with points of their own in the official lists, at most ${centroid.spreadKm} km from each${leftEn}; precision township (geo/official/centroids.json).`,
    };
  } else if (decision.reason) {
    const { reason } = decision;
    const withReason = (lang: Language) => `${curated ? `${curated[lang]}${SEPARATOR}` : ''}${OFFICIAL_FLAG_MARK[lang]}${reason[lang]}`;
    p.flag = { zh: withReason('zh'), en: withReason('en') };
  }
  feature.properties = reorder(p);
}
