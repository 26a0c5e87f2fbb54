/**
 * Assembles a draft FeatureCollection from a normalised report: sentences → dates, places, cues → placed,
 * grouped features. The result is parsed with the project's own `outbreakFileSchema`; every feature is
 * `review: "pending"` with a `confidence`, and every event quotes the sentence it was drawn from.
 */
import { AREA_KINDS, type Gazetteer } from '../data/gazetteer';
import { toPinyinName } from '../data/pinyin';
import { outbreakFileSchema, type Kind, type OutbreakEvent, type OutbreakFeature, type Outbreak, type OutbreakFile, type Precision, type Status } from '../data/schema';
import { classify, statusCue, type CueStrength } from './classify';
import { resolveSentenceDates, type DateContext, type DateMention, type YearInfo } from './dates';
import { chainOf, emptyMemory, Geocoder, remember, type Placement } from './geocode';
import { attachParents, extractPlaces, type PlaceContext, type PlaceMention } from './places';
import { splitSentences } from './sentences';

export interface DraftInput {
  /** Normalised report text; quotes are taken from it verbatim. */
  text: string;
  id: string;
  city: string;
  year: YearInfo;
  /** Seed file name when known, else `draft:<input file name>` (see the schema's `source`). */
  source: string;
  notes?: string[];
  onProgress?: (done: number, total: number) => void;
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
  collection: OutbreakFile;
  rows: SummaryRow[];
}

type UndatedPlace = NonNullable<Outbreak['undatedPlaces']>[number];

export class NoContentError extends Error {}

const DATE_WEIGHT: Record<DateMention['how'] | 'inherited', number> = { explicit: 1, 'day-only': 0.85, relative: 0.85, 'range-end': 0.7, inherited: 0.6 };
const CUE_WEIGHT: Record<CueStrength, number> = { 'clause-after': 1, 'clause-before': 0.9, kind: 0.8, sentence: 0.65, none: 0.3 };
const PRECISION_WEIGHT: Partial<Record<Precision, number>> = { township: 1, county: 0.9, city: 0.75 };

const CITY_WORDS = /全市|我市|本市|全域|全城/gu;
/** Public transport named with its line word when the text has one (公交营运线路, 城区常规公交线路). */
const TRANSPORT = /(?:城区|城乡|常规|市内)*(公交|公共交通|地铁|长途汽车|客运班线|城乡客运|出租车)(?:\p{Script=Han}{0,3}?(?:线路|班线))?/u;

interface Candidate {
  name: string;
  kind: Kind;
  placement: Placement;
  event: OutbreakEvent;
  confidence: number;
  /** Grouping key when the name varies between mentions (公交营运线路, 公交线路 are one transport feature). */
  group?: string;
}

function slug(han: string): string {
  return toPinyinName(han).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'place';
}

/** The date that governs a place: the nearest date before it in the sentence, else the first one after it. */
function dateFor(mentions: DateMention[], at: number): DateMention | undefined {
  const usable = mentions.filter((m) => m.how !== 'range-end');
  return [...usable].reverse().find((m) => m.at <= at) ?? usable[0];
}

export function draftOutbreak(input: DraftInput, gazetteer: Gazetteer): Draft {
  const geocoder = new Geocoder(gazetteer, input.city);
  const cityStem = input.city.replace(/市$/u, '');
  const ctx: PlaceContext = {
    counties: new Set(geocoder.countyNames()),
    allCounties: new Set(gazetteer.sources.counties.features.map((c) => c.properties.name)),
    cityNames: new Set([input.city, cityStem]),
  };
  const sentences = splitSentences(input.text);
  const memory = emptyMemory();
  let dateContext: DateContext = { year: input.year.year };
  let lastDated: { paragraph: number; mention: DateMention } | undefined;
  /** A paragraph whose only dates are 当日/当天 is about that day as a whole, so its undated sentences take it. */
  const paragraphDate = new Map<number, DateMention | null>();
  const perSentence = sentences.map((sentence, i) => {
    input.onProgress?.(i + 1, sentences.length);
    const places: Array<PlaceMention & { transport?: boolean }> = attachParents(extractPlaces(sentence.text, ctx), sentence.text);
    for (const m of sentence.text.matchAll(CITY_WORDS)) {
      places.push({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, pieces: [{ text: input.city, level: 'city' }] });
    }
    places.forEach((p) => remember(memory, chainOf(p.pieces)));
    const { mentions, context } = resolveSentenceDates(sentence.text, dateContext);
    dateContext = context;
    const inherited = mentions.length === 0 && lastDated?.paragraph === sentence.paragraph ? lastDated.mention : undefined;
    if (mentions.length && !paragraphDate.has(sentence.paragraph)) paragraphDate.set(sentence.paragraph, mentions.every((m) => m.how === 'relative') ? mentions[0] : null);
    if (mentions.length) lastDated = { paragraph: sentence.paragraph, mention: mentions[mentions.length - 1] };
    return { sentence, places, mentions, inherited };
  });

  const candidates: Candidate[] = [];
  const undated = new Map<string, UndatedPlace>();
  const unplaced = new Set<string>();
  for (const { sentence, places, mentions, inherited } of perSentence) {
    const transport = TRANSPORT.exec(sentence.text);
    if (transport) {
      const cue = statusCue(sentence.text, transport.index, transport.index + transport[0].length);
      if (cue && (cue.status === 'suspended' || cue.status === 'resumed')) {
        places.push({ text: transport[1], start: transport.index, end: transport.index + transport[0].length, pieces: [{ text: transport[0], level: 'site' }], transport: true });
      }
    }
    for (const place of places) {
      const isTransport = place.transport === true;
      const cls = isTransport
        ? (() => { const c = statusCue(sentence.text, place.start, place.end)!; return { kind: 'transport' as Kind, status: c.status, strength: c.strength, cue: c.cue }; })()
        : classify(sentence.text, place.pieces, place.start, place.end);
      if (!cls) continue;
      const chain = chainOf(place.pieces);
      const name = chain.leaf.text;
      const dated = dateFor(mentions, place.start);
      const date = dated ?? inherited ?? paragraphDate.get(sentence.paragraph) ?? undefined;
      if (!date) {
        undated.set(name, { name, kind: cls.kind, quote: sentence.text, reason: 'no date in the sentence or earlier in its paragraph' });
        continue;
      }
      const placement = isTransport
        ? geocoder.place({ leaf: { text: input.city, level: 'city' } }, 'city-control', memory)
        : geocoder.place(chain, cls.kind, memory);
      if (!placement) {
        unplaced.add(place.text);
        continue;
      }
      const how = dated ? dated.how : 'inherited';
      const event: OutbreakEvent = { date: date.date, status: cls.status, quote: sentence.text };
      if (date.time) event.time = date.time;
      if (!dated) event.note = `date from an earlier sentence of the paragraph (${date.source})`;
      else if (dated.how !== 'explicit' || !sentence.text.includes(dated.source)) event.note = `date read from "${dated.source}" against the last stated date`;
      if (cls.strength === 'sentence') event.flag = `status from a cue (${cls.cue}) in another clause of the sentence`;
      const confidence = DATE_WEIGHT[how] * CUE_WEIGHT[cls.strength] * (PRECISION_WEIGHT[placement.precision] ?? 1);
      candidates.push({ name, kind: cls.kind, placement, event, confidence, group: isTransport ? `transport:${place.text}` : undefined });
    }
  }
  if (candidates.length === 0 && undated.size === 0) {
    throw new NoContentError(perSentence.some((s) => s.mentions.length) ? 'no places with a measure found in the text' : 'no dates found in the text');
  }
  return assemble(input, gazetteer, candidates, [...undated.values()], [...unplaced]);
}

/** Area kinds merge (a village is high-risk, then sealed, then lifted); facilities stay apart from the area. */
const kindGroup = (kind: Kind) => (kind === 'risk-area' || kind === 'county-control' || kind === 'city-control' ? 'area' : kind);

function assemble(input: DraftInput, gazetteer: Gazetteer, candidates: Candidate[], undated: UndatedPlace[], unplaced: string[]): Draft {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = c.group ?? `${c.placement.admin.county}|${c.name}|${kindGroup(c.kind)}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const usedIds = new Set<string>();
  const features: OutbreakFeature[] = [];
  const rows: SummaryRow[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    const kind = group.find((c) => c.kind !== 'risk-area')?.kind ?? first.kind;
    const seen = new Set<string>();
    const events = group
      .filter((c) => { const k = `${c.event.date}|${c.event.time ?? ''}|${c.event.status}`; return !seen.has(k) && Boolean(seen.add(k)); })
      .sort((a, b) => `${a.event.date}T${a.event.time ?? '00:00'}`.localeCompare(`${b.event.date}T${b.event.time ?? '00:00'}`));
    const confidence = Math.round((events.reduce((s, c) => s + c.confidence, 0) / events.length) * 100) / 100;
    let id = `${input.id}-${slug(first.name)}`;
    if (usedIds.has(id)) id = `${id}-${kind}`;
    for (let n = 2; usedIds.has(id); n += 1) id = `${input.id}-${slug(first.name)}-${n}`;
    usedIds.add(id);
    const geometry = gazetteer.geometryFor(first.placement.geometrySource, AREA_KINDS.has(kind));
    if (!geometry) continue;
    const properties: OutbreakFeature['properties'] = {
      id, name: first.name, nameEn: toPinyinName(first.name), kind, precision: first.placement.precision,
      admin: first.placement.admin, geometrySource: first.placement.geometrySource, geometryNote: first.placement.geometryNote,
      events: events.map((c) => c.event), review: 'pending', confidence,
    };
    if (first.placement.flag) properties.flag = first.placement.flag;
    features.push({ type: 'Feature', geometry: geometry as OutbreakFeature['geometry'], properties });
    for (const c of events) rows.push({ place: first.name, kind, status: c.event.status, date: c.event.date, time: c.event.time, precision: first.placement.precision, confidence: Math.round(c.confidence * 100) / 100 });
  }
  propagateCityWideEnd(features);
  const dates = features.flatMap((f) => f.properties.events.map((e) => e.date)).sort();
  const countyCounts = new Map<string, number>();
  for (const f of features) countyCounts.set(f.properties.admin.county, (countyCounts.get(f.properties.admin.county) ?? 0) + 1);
  const topCounty = [...countyCounts.entries()].sort((a, b) => b[1] - a[1])[0];
  const county = gazetteer.countiesNamed(topCounty?.[0] ?? '').find((c) => c.properties.city === input.city);
  const province = gazetteer.sources.counties.features.find((c) => c.properties.city === input.city)?.properties.province ?? '';
  const variant = /奥密克戎|Omicron/iu.test(input.text) ? 'Omicron' : /德尔塔|Delta/iu.test(input.text) ? 'Delta' : undefined;
  const notes = [
    'Draft written by `npm run ingest`: every feature is review "pending"; check place, date, status and geometry against the quotes before moving anything into geo/outbreaks/.',
    ...(input.notes ?? []),
    ...(unplaced.length ? [`Places named with a measure but not placed (another city, or a zone without a polygon): ${unplaced.join('、')}`] : []),
  ];
  const collection = {
    type: 'FeatureCollection' as const,
    outbreak: {
      id: input.id, title: input.city, titleEn: toPinyinName(input.city.replace(/市$/u, '')), province, city: input.city,
      ...(county && topCounty[1] >= features.length * 0.6 ? { county: county.properties.name } : {}),
      report: `geo/reports/${input.id}.txt`, source: input.source,
      period: { start: dates[0] ?? `${input.year.year}-01-01`, end: dates[dates.length - 1] ?? `${input.year.year}-01-01` },
      yearBasis: input.year.basis, yearEvidence: input.year.evidence,
      ...(variant ? { variant } : {}),
      ...(undated.length ? { undatedPlaces: undated } : {}),
      notes,
    },
    features,
  };
  rows.sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''));
  return { collection: outbreakFileSchema.parse(collection), rows };
}

const ENDING = new Set<Status>(['low-risk', 'closed', 'resumed', 'lifted']);
const MEASURES = new Set<Status>(['high-risk', 'medium-risk', 'sealed', 'controlled', 'precaution', 'regional-control', 'lockdown']);

/**
 * 全市封控区、管控区全部解除 / 全域为低风险地区 ends every measure in the city that day: each area still under a
 * measure gets that ending, quoting the city-wide sentence (low-risk after a risk level, else lifted).
 */
function propagateCityWideEnd(features: OutbreakFeature[]): void {
  const cityEnds = features.filter((f) => f.properties.kind === 'city-control')
    .flatMap((f) => f.properties.events.filter((e) => (e.status === 'low-risk' || e.status === 'lifted') && /全部解除|全域|全市.{0,6}(低风险|解除)/u.test(e.quote)));
  for (const end of cityEnds) {
    for (const f of features) {
      const p = f.properties;
      if (p.kind !== 'risk-area' && p.kind !== 'county-control') continue;
      const before = p.events.filter((e) => e.date <= end.date);
      const last = before[before.length - 1];
      if (!last || ENDING.has(last.status) || !before.some((e) => MEASURES.has(e.status))) continue;
      const status: Status = /risk$/.test(last.status) ? 'low-risk' : 'lifted';
      p.events.push({ date: end.date, status, quote: end.quote, note: 'city-wide ending applied to this place; the sentence does not name it' });
      p.events.sort((a, b) => `${a.date}T${a.time ?? '00:00'}`.localeCompare(`${b.date}T${b.time ?? '00:00'}`));
    }
  }
}
