/**
 * Assembly: candidate events → the draft FeatureCollection. Candidates of one place and kind group become one
 * feature whose events are in time order; the geometry comes from the placement's `geometrySource`; the result
 * is parsed with the project's own `outbreakFileSchema`. Every feature is `review: "pending"` with a
 * `confidence` (the mean of its events').
 */
import { compareEvents } from '../data/event-order';
import { AREA_KINDS } from '../data/area-kinds';
import type { Gazetteer } from '../data/gazetteer';
import { toPinyinName } from '../data/pinyin';
import { draftFileSchema, type DraftFeature, type DraftFile } from '../data/draft-schema';
import type { Kind, LocalizedText, OutbreakFeature, Precision, Status } from '../data/schema';
import { kindGroup, type Candidate } from './candidate';
import { propagateCityWideEnd } from './city-end';
import type { YearInfo } from './dates';
import type { UndatedPlace } from './extract';
import type { ReportArea } from './locate';
import type { OfficialInterval } from '../official/schema';
import { officialRecord } from './official-record';
import { bilingual, joinTexts } from './texts';

export interface AssemblyInput {
  /** Normalised report text; quotes are taken from it verbatim. */
  text: string;
  id: string;
  /** The prefecture and county the report is about (locate.ts). */
  area: ReportArea;
  year: YearInfo;
  /** Seed file name when known, else `draft:<input file name>` (see the schema's `source`). */
  source: string;
  /** Notes of the reading (encoding, warnings), in zh and en like every text of the draft. */
  notes?: LocalizedText[];
}

export interface SummaryRow {
  place: string;
  kind: Kind;
  status: Status;
  date: string;
  time?: string;
  precision: Precision;
  confidence: number;
}

export interface Draft {
  collection: DraftFile;
  rows: SummaryRow[];
}

function slug(han: string): string {
  return toPinyinName(han).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'place';
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** `record`: the official record's intervals of an area, to say what it knew of a place placed there. */
export function assemble(input: AssemblyInput, gazetteer: Gazetteer, candidates: Candidate[], undated: UndatedPlace[], notPlaced: string[], record?: (areaId: number) => OfficialInterval[]): Draft {
  let unplaced = notPlaced;
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = c.group ?? `${c.placement.admin.county}|${c.name}|${kindGroup(c.kind)}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const usedIds = new Set<string>();
  const grouped: OutbreakFeature[] = [];
  const rows: SummaryRow[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    const kind = group.find((c) => c.kind !== 'risk-area')?.kind ?? first.kind;
    const seen = new Set<string>();
    const events = group
      .filter((c) => { const k = `${c.event.date}|${c.event.time ?? ''}|${c.event.status}`; return !seen.has(k) && Boolean(seen.add(k)); })
      .sort((a, b) => compareEvents(a.event, b.event));
    const confidence = round2(events.reduce((s, c) => s + c.confidence, 0) / events.length);
    let id = `${input.id}-${slug(first.name)}`;
    if (usedIds.has(id)) id = `${id}-${kind}`;
    for (let n = 2; usedIds.has(id); n += 1) id = `${input.id}-${slug(first.name)}-${n}`;
    usedIds.add(id);
    const geometry = gazetteer.geometryFor(first.placement.geometrySource, AREA_KINDS.has(kind));
    if (!geometry) { unplaced = [...unplaced, first.name]; continue; }
    const section = group.find((c) => c.section)?.section;
    const properties: DraftFeature['properties'] = {
      id, name: first.name, nameEn: toPinyinName(first.name), kind, precision: first.placement.precision,
      admin: first.placement.admin, geometrySource: first.placement.geometrySource, geometryNote: first.placement.geometryNote,
      events: events.map((c) => c.event), review: 'pending', confidence,
    };
    if (first.placement.flag) properties.flag = first.placement.flag;
    const official = first.placement.official;
    if (official && record) {
      const known = officialRecord(official.address, record(official.areaId), events.map((c) => c.event));
      properties.geometryNote = joinTexts([properties.geometryNote, known.note]);
      if (known.flag) properties.flag = joinTexts([properties.flag, known.flag]);
    }
    if (section) properties.section = section;
    grouped.push({ type: 'Feature', geometry: geometry as OutbreakFeature['geometry'], properties });
    for (const c of events) rows.push({ place: first.name, kind, status: c.event.status, date: c.event.date, time: c.event.time, precision: first.placement.precision, confidence: round2(c.confidence) });
  }
  const features = propagateCityWideEnd(grouped);
  const dates = features.flatMap((f) => f.properties.events.map((e) => e.date)).sort();
  const { prefecture, county, province } = input.area;
  const variant = /奥密克戎|Omicron/iu.test(input.text) ? 'Omicron' : /德尔塔|Delta/iu.test(input.text) ? 'Delta' : undefined;
  const areaName = `${prefecture.name}${county ? ` ${county.name}` : ''}`;
  const notes: LocalizedText[] = [
    bilingual('本草稿由 npm run ingest 生成：每个地点的审核状态均为“待审”（pending）；移入 geo/outbreaks/ 之前，请对照引文逐一核对地点、日期、状态和几何位置。',
      'Draft written by `npm run ingest`: every feature is review "pending"; check place, date, status and geometry against the quotes before moving anything into geo/outbreaks/.'),
    bilingual(`地区：${areaName}（${input.area.evidence.zh}）。`, `Area: ${areaName} (${input.area.evidence.en}).`),
    ...(input.notes ?? []),
    ...(unplaced.length ? [bilingual(`提到了措施但未能定位的地点（属其他城市，或随附数据无法绘制）：${unplaced.join('、')}`,
      `Places named with a measure but not placed (another city, or nothing shipped can draw them): ${unplaced.join('、')}`)] : []),
  ];
  const title = county?.name ?? prefecture.name;
  const collection = {
    type: 'FeatureCollection' as const,
    outbreak: {
      id: input.id, title, titleEn: toPinyinName(title), province: province?.name ?? prefecture.name, city: prefecture.name,
      ...(county ? { county: county.name } : {}),
      report: `geo/reports/${input.id}.txt`, source: input.source,
      period: { start: dates[0] ?? `${input.year.year}-01-01`, end: dates[dates.length - 1] ?? `${input.year.year}-01-01` },
      yearBasis: input.year.basis, yearEvidence: input.year.evidence,
      ...(variant ? { variant } : {}),
      ...(undated.length ? { undatedPlaces: undated } : {}),
      notes,
    },
    features,
  };
  rows.sort((a, b) => compareEvents(a, b));
  return { collection: draftFileSchema.parse(collection), rows };
}
