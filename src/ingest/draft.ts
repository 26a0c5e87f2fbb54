/**
 * Assembles a draft FeatureCollection from a normalised report: sentences → dates, places, cues → placed,
 * grouped features. The result is parsed with the project's own `outbreakFileSchema`; every feature is
 * `review: "pending"` with a `confidence`, and every event quotes the sentence it was drawn from.
 */
import { AREA_KINDS, type Gazetteer } from '../data/gazetteer';
import { toPinyinName } from '../data/pinyin';
import { outbreakFileSchema, type Kind, type OutbreakEvent, type OutbreakFeature, type Outbreak, type OutbreakFile, type Precision, type Status } from '../data/schema';
import { endUndatedMeasures, propagateCityWideEnd, type UndatedMeasure } from './city-end';
import { classify, statusCue, type CueStrength } from './classify';
import { resolveSentenceDates, type DateContext, type DateMention, type YearInfo } from './dates';
import { draftText } from './draft-text';
import { chainOf, emptyMemory, Geocoder, remember, type Placement } from './geocode';
import { withDescriptiveFacilities } from './facilities';
import { massTesting } from './mass-testing';
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

/** "As of" before a date: 截至3月9日, 至3月9日晚上. */
const AS_OF = /(截至|截止|至)$/u;
const CITY_WORDS = /全市|我市|本市|全域|全城/gu;
/** Public transport named with its line word when the text has one (公交营运线路, 城区常规公交线路). */
const TRANSPORT = /(?:城区|城乡|常规|市内)*(公交|公共交通|地铁|长途汽车|客运班线|城乡客运|出租车)(?:\p{Script=Han}{0,3}?(?:线路|班线))?/u;

export interface Candidate {
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
    const places: Array<PlaceMention & { transport?: boolean }> = withDescriptiveFacilities(sentence.text, attachParents(extractPlaces(sentence.text, ctx), sentence.text));
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
  // 全区 without a name means the county the report is mostly about.
  const countyCounts = new Map<string, number>();
  for (const { places } of perSentence) for (const p of places) for (const piece of p.pieces) if (ctx.counties.has(piece.text)) countyCounts.set(piece.text, (countyCounts.get(piece.text) ?? 0) + 1);
  const homeCounty = [...countyCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];

  const candidates: Candidate[] = [];
  const undated = new Map<string, UndatedPlace>();
  const undatedMeasures: UndatedMeasure[] = [];
  const unplaced = new Set<string>();
  perSentence.forEach(({ sentence, places, mentions, inherited }, i) => {
    // A sentence with a place but no date, followed in its paragraph by a dated sentence naming no place
    // (新天地小区的阳性病例数就降下来了。4月4日,有十几例阳性病例…): the next sentence continues its topic.
    const next = perSentence[i + 1];
    const forward = !mentions.length && !inherited && next && next.sentence.paragraph === sentence.paragraph && next.mentions.length && next.places.length === 0 ? next : undefined;
    const transport = TRANSPORT.exec(sentence.text);
    if (transport) {
      const cue = statusCue(sentence.text, transport.index, transport.index + transport[0].length);
      if (cue && (cue.status === 'suspended' || cue.status === 'resumed')) {
        // 我市9条公交线路恢复运营: the city word qualifies the lines; the measure is the transport's, not the city's.
        const qualifier = places.findIndex((p) => p.pieces[0].level === 'city' && p.end <= transport.index && transport.index - p.end <= 4);
        if (qualifier >= 0) places.splice(qualifier, 1);
        places.push({ text: transport[1], start: transport.index, end: transport.index + transport[0].length, pieces: [{ text: transport[0], level: 'site' }], transport: true });
      }
    }
    for (const t of massTesting(sentence.text, places, input.city, homeCounty)) {
      const dated = dateFor(mentions, t.at) ?? inherited;
      const placement = dated && geocoder.place({ leaf: { text: t.area, level: t.level }, county: t.level === 'county' ? t.area : undefined }, t.level === 'city' ? 'city-control' : 'county-control', memory);
      if (!dated || !placement) continue;
      const event: OutbreakEvent = { date: dated.date, status: t.status, quote: sentence.text, note: draftText(`mass testing of the whole area (${t.cue})`) };
      candidates.push({ name: t.name, kind: 'testing-site', placement, event, confidence: DATE_WEIGHT[dated.how === 'range-end' ? 'inherited' : dated.how] * CUE_WEIGHT['clause-before'] * (PRECISION_WEIGHT[placement.precision] ?? 1) });
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
      if (!date && forward) {
        const placement = geocoder.place(chain, cls.kind, memory);
        for (const m of forward.mentions) {
          if (!placement) break;
          const event: OutbreakEvent = { date: m.date, status: cls.status, quote: forward.sentence.text, note: draftText(`place from the sentence before ("${sentence.text.slice(0, 40)}"), which has no date`) };
          candidates.push({ name, kind: cls.kind, placement, event, confidence: DATE_WEIGHT.inherited * CUE_WEIGHT[cls.strength] * (PRECISION_WEIGHT[placement.precision] ?? 1) });
        }
        if (placement) continue;
      }
      if (!date) {
        undated.set(name, { name, kind: cls.kind, quote: sentence.text, reason: draftText('no date in the sentence or earlier in its paragraph') });
        if (cls.kind === 'risk-area') {
          const placement = geocoder.place(chain, cls.kind, memory);
          if (placement) undatedMeasures.push({ name, placement, status: cls.status, quote: sentence.text });
        }
        continue;
      }
      // 新乡医学院第二附属医院: the phrase or the site written just before it may name another city.
      const host = places.find((p) => p.end === place.start);
      const elsewhere = !isTransport && !chain.county && [place, host].some((p) => p && geocoder.otherCityStem(p.text) !== undefined);
      const placement = isTransport
        ? geocoder.place({ leaf: { text: input.city, level: 'city' } }, 'city-control', memory)
        : elsewhere ? undefined : geocoder.place(chain, cls.kind, memory);
      if (!placement) {
        unplaced.add(place.text);
        continue;
      }
      const how = dated ? dated.how : 'inherited';
      const event: OutbreakEvent = { date: date.date, status: cls.status, quote: sentence.text };
      if (date.time) event.time = date.time;
      if (!dated) event.note = draftText(`date from an earlier sentence of the paragraph (${date.source})`);
      else if (dated.how !== 'explicit' || !sentence.text.includes(dated.source)) event.note = draftText(`date read from "${dated.source}" against the last stated date`);
      if (cls.strength === 'sentence') event.flag = draftText(`status from a cue (${cls.cue}) in another clause of the sentence`);
      const confidence = DATE_WEIGHT[how] * CUE_WEIGHT[cls.strength] * (PRECISION_WEIGHT[placement.precision] ?? 1);
      candidates.push({ name, kind: cls.kind, placement, event, confidence, group: isTransport ? `transport:${place.text}` : undefined });
      // 平台于3月6日开通以来,至3月9日已受理…: a later "as of" date in the sentence says the facility was in use then.
      if (kindGroup(cls.kind) !== 'area' && !isTransport) {
        for (const m of mentions) {
          if (m === dated || m.at < place.end || !AS_OF.test(sentence.text.slice(0, m.at))) continue;
          candidates.push({ name, kind: cls.kind, placement, event: { date: m.date, status: 'in-use', quote: sentence.text, note: draftText(`in use as of ${m.source}`) }, confidence: confidence * 0.9 });
        }
      }
    }
  });
  if (candidates.length === 0 && undated.size === 0) {
    throw new NoContentError(perSentence.some((s) => s.mentions.length) ? 'no places with a measure found in the text' : 'no dates found in the text');
  }
  return assemble(input, gazetteer, endUndatedMeasures(earliestSubjectEvents(candidates), undatedMeasures), [...undated.values()], [...unplaced]);
}

/**
 * A county or city as the subject of a case report or mobilisation (classify.ts) is an event only the first
 * time: 我市新增确诊病例94例 on a later day is a daily count, not a new measure.
 */
function earliestSubjectEvents(candidates: Candidate[]): Candidate[] {
  const first = new Map<string, string>();
  const isSubject = (c: Candidate) => (c.kind === 'county-control' || c.kind === 'city-control') && (c.event.status === 'first-case' || c.event.status === 'reported');
  for (const c of candidates) if (isSubject(c) && !(first.get(c.name)! <= c.event.date)) first.set(c.name, c.event.date);
  return candidates.filter((c) => !isSubject(c) || first.get(c.name) === c.event.date);
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
      admin: first.placement.admin, geometrySource: first.placement.geometrySource, geometryNote: draftText(first.placement.geometryNote),
      events: events.map((c) => c.event), review: 'pending', confidence,
    };
    if (first.placement.flag) properties.flag = draftText(first.placement.flag);
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
      yearBasis: input.year.basis, yearEvidence: draftText(input.year.evidence),
      ...(variant ? { variant } : {}),
      ...(undated.length ? { undatedPlaces: undated } : {}),
      notes: notes.map(draftText),
    },
    features,
  };
  rows.sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''));
  return { collection: outbreakFileSchema.parse(collection), rows };
}
