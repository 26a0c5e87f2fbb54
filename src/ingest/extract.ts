/**
 * Extraction: report text → candidate events. Each sentence gives its dates (dates.ts), its places (places.ts,
 * facilities.ts, the city words), and for each place a kind and status from the cue words around it
 * (classify.ts); the geocoder places it. Places without a date are kept apart as undated places.
 */
import type { Kind, LocalizedText, Outbreak, OutbreakEvent, Status } from '../data/schema';
import { shortNamesOf } from '../data/admin-names';
import { isPrefectureLevel } from './admin-index';
import { confidenceOf, kindGroup, type Candidate } from './candidate';
import type { UndatedMeasure } from './city-end';
import { classify, statusCue } from './classify';
import { reportDateContext, resolveSentenceDates, type DateContext, type DateMention } from './dates';
import { withDescriptiveFacilities } from './facilities';
import { chainOf, emptyMemory, Geocoder, remember, type GeocodeSources } from './geocode';
import { listContexts } from './lists';
import { massTesting } from './mass-testing';
import { readNotice } from './notice-candidates';
import { ownAreaMentions, ownAreaOf } from './own-area';
import { attachParents, extractPlaces, keepWholeNames, type PlaceContext, type PlaceMention, type Piece } from './places';
import { splitClauses, splitSentences } from './sentences';
import { bilingual, excerpt } from './texts';

export type UndatedPlace = NonNullable<Outbreak['undatedPlaces']>[number];

export interface Extraction {
  candidates: Candidate[];
  undated: UndatedPlace[];
  undatedMeasures: UndatedMeasure[];
  /** Places named with a measure that could not be placed (another city, a zone without a polygon). */
  unplaced: string[];
  /** Did any sentence have a date? (Tells "no dates" from "no places" when nothing was found.) */
  anyDates: boolean;
  /** What the reader found doubtful in the report as a whole (a notice heading's count that its list does not match). */
  warnings: LocalizedText[];
}

/** "As of" before a date: 截至3月9日, 至3月9日晚上. */
const AS_OF = /(截至|截止|至)$/u;
/** Public transport named with its line word when the text has one (公交营运线路, 城区常规公交线路). */
const TRANSPORT = /(?:城区|城乡|常规|市内)*(公交|公共交通|地铁|长途汽车|客运班线|城乡客运|出租车)(?:\p{Script=Han}{0,3}?(?:线路|班线))?/u;

/** `transport`: the area a transport line runs in, as a piece (city or county). */
type Mention = PlaceMention & { transport?: Piece; ownWord?: boolean };

/** Is a facility (a site) named after `place` in the same clause? */
function hostsFacility(sentence: string, place: PlaceMention, places: PlaceMention[]): boolean {
  const clause = splitClauses(sentence).find((c) => c.start <= place.start && place.end <= c.end);
  return places.some((p) => p !== place && p.start >= place.end && clause !== undefined && p.end <= clause.end && p.pieces[p.pieces.length - 1].site !== undefined);
}

/** The date that governs a place: the nearest date before it in the sentence, else the first one after it. */
function dateFor(mentions: DateMention[], at: number): DateMention | undefined {
  const usable = mentions.filter((m) => m.how !== 'range-end');
  return [...usable].reverse().find((m) => m.at <= at) ?? usable[0];
}

export function extractCandidates(text: string, year: number, sources: GeocodeSources, onProgress?: (done: number, total: number) => void): Extraction {
  const { index, area } = sources;
  const geocoder = new Geocoder(sources);
  const prefecture = area.prefecture;
  const ownCounties = index.countiesOf(prefecture);
  const ctx: PlaceContext = {
    counties: index.fullNames('county'),
    prefectures: index.fullNames('prefecture'),
    cityNames: new Set([prefecture.name, ...shortNamesOf(prefecture.name, prefecture.level)]),
    townships: new Set(ownCounties.flatMap((c) => index.divisions.townshipsOf(c.code).map(([, name]) => name))),
    known: sources.villages?.names(),
  };
  const known = ctx.known ?? new Set<string>();
  const sentences = splitSentences(text);
  const memory = emptyMemory();
  let dateContext: DateContext = reportDateContext(text, year);
  let lastDated: { paragraph: number; mention: DateMention } | undefined;
  /** A paragraph whose only dates are 当日/当天 is about that day as a whole, so its undated sentences take it. */
  const paragraphDate = new Map<number, DateMention | null>();
  const found = sentences.map((sentence, i) => {
    onProgress?.(i + 1, sentences.length);
    return attachParents(extractPlaces(sentence.text, ctx), sentence.text);
  });
  // Names the report writes with their parents (海城街道下垟村) are known names: a bare mention elsewhere is not cut.
  const written = new Set(found.flat().filter((m) => m.pieces.length > 1).flatMap((m) => m.pieces.slice(1).map((p) => p.text)));
  const perSentence = sentences.map((sentence, i) => {
    const places: Mention[] = withDescriptiveFacilities(sentence.text, keepWholeNames(found[i], sentence.text, (name) => written.has(name) || known.has(name)));
    places.push(...ownAreaMentions(sentence.text, places, area));
    places.sort((a, b) => a.start - b.start);
    places.forEach((p) => remember(memory, chainOf(p.pieces)));
    const { mentions, context } = resolveSentenceDates(sentence.text, dateContext);
    dateContext = context;
    const inherited = mentions.length === 0 && lastDated?.paragraph === sentence.paragraph ? lastDated.mention : undefined;
    if (mentions.length && !paragraphDate.has(sentence.paragraph)) paragraphDate.set(sentence.paragraph, mentions.every((m) => m.how === 'relative') ? mentions[0] : null);
    if (mentions.length) lastDated = { paragraph: sentence.paragraph, mention: mentions[mentions.length - 1] };
    return { sentence, places, mentions, inherited };
  });
  const ownAreaRef = (word: string) => {
    const d = ownAreaOf(word, area);
    return d && { area: d.name, level: isPrefectureLevel(d) ? 'city' as const : 'county' as const };
  };
  const ownPiece = (word: string): Piece => { const r = ownAreaRef(word); return r ? { text: r.area, level: r.level } : { text: prefecture.name, level: 'city' }; };

  const lists = listContexts(sentences, (i) => perSentence[i].mentions);
  // A notice's headed and inline lists are read by their form; the sentences they stand in are not read again.
  const notice = readNotice(text, year, ctx, geocoder, memory);
  const lines = text.split('\n');
  const overlaps = (s: { text: string; paragraph: number }, p: { line: number; text: string }) => {
    if (p.line !== s.paragraph) return false;
    const at = lines[p.line].indexOf(s.text);
    const from = lines[p.line].indexOf(p.text);
    return at < from + p.text.length && from < at + s.text.length;
  };
  const byNotice = (s: { text: string; paragraph: number }) => notice.consumedLines.has(s.paragraph) || notice.consumedPassages.some((p) => overlaps(s, p));
  const candidates: Candidate[] = [...notice.candidates];
  // A header line with its items (将以下区域划定为高风险区：1.…) is a notice section too, numbered after the headed ones.
  const headers = [...new Set(lists.filter((l) => l?.cue).map((l) => l!.header))];
  const listSection = (l: NonNullable<typeof lists[number]>) => ({ order: notice.sections + headers.indexOf(l.header) + 1, heading: l.header.text });
  const undated = new Map<string, UndatedPlace>();
  const undatedMeasures: UndatedMeasure[] = [];
  const unplaced = new Set<string>(notice.unplaced);
  perSentence.forEach(({ sentence, places, mentions, inherited: sameParagraph }, i) => {
    if (byNotice(sentence)) return;
    const list = lists[i];
    const inherited = sameParagraph ?? (mentions.length === 0 ? list?.date : undefined);
    // A sentence with a place but no date, followed in its paragraph by a dated sentence naming no place
    // (新天地小区的阳性病例数就降下来了。4月4日,有十几例阳性病例…): the next sentence continues its topic.
    const next = perSentence[i + 1];
    const forward = !mentions.length && !inherited && next && next.sentence.paragraph === sentence.paragraph && next.mentions.length && next.places.length === 0 ? next : undefined;
    const transport = TRANSPORT.exec(sentence.text);
    if (transport) {
      const cue = statusCue(sentence.text, transport.index, transport.index + transport[0].length);
      if (cue && (cue.status === 'suspended' || cue.status === 'resumed')) {
        // 我市9条公交线路恢复运营: the city word qualifies the lines; the measure is the transport's, not the city's.
        const qualifier = places.findIndex((p) => p.ownWord === true && p.end <= transport.index && transport.index - p.end <= 4);
        // The lines run in the area the word names (全市 in a report about 江阴市 is 江阴市), else in the report's city.
        const served = qualifier >= 0 ? places.splice(qualifier, 1)[0].pieces[0] : ownPiece('全市');
        places.push({ text: transport[1], start: transport.index, end: transport.index + transport[0].length, pieces: [{ text: transport[0], level: 'site' }], transport: served });
      }
    }
    for (const t of massTesting(sentence.text, places, ownAreaRef)) {
      const dated = dateFor(mentions, t.at) ?? inherited;
      const placement = dated && geocoder.place({ leaf: { text: t.area, level: t.level }, county: t.level === 'county' ? t.area : undefined }, 'testing-site', memory);
      if (!dated || !placement) continue;
      const event: OutbreakEvent = { date: dated.date, status: t.status, quote: sentence.text, note: bilingual(`全域核酸检测（“${t.cue}”）`, `mass testing of the whole area (${t.cue})`) };
      candidates.push({ name: t.name, kind: 'testing-site', placement, event, confidence: confidenceOf(dated.how === 'range-end' ? 'inherited' : dated.how, 'clause-before', placement.precision) });
    }
    for (const place of places) {
      const isTransport = place.transport !== undefined;
      const own = isTransport
        ? (() => { const c = statusCue(sentence.text, place.start, place.end)!; return { kind: 'transport' as Kind, status: c.status as Status, strength: c.strength, cue: c.cue }; })()
        : classify(sentence.text, place.pieces, place.start, place.end);
      // A list item without a measure of its own takes its header's (将以下区域划定为高风险区：).
      const listed = list?.cue && (!own || own.strength === 'none') && !isTransport && place.pieces[place.pieces.length - 1].level !== 'city';
      const cls = listed ? { kind: 'risk-area' as Kind, status: list!.cue!.status, strength: 'sentence' as const, cue: list!.cue!.cue } : own;
      if (!cls) continue;
      // A street or village that only hosts a facility set up in the same clause (在东升街道设置临时集中隔离点) is
      // where the facility is, not a place with a measure of its own.
      if (cls.strength === 'none' && hostsFacility(sentence.text, place, places)) continue;
      const chain = chainOf(place.pieces);
      const name = chain.leaf.text;
      const dated = dateFor(mentions, place.start);
      const date = dated ?? inherited ?? paragraphDate.get(sentence.paragraph) ?? undefined;
      if (!date && forward) {
        const placement = geocoder.place(chain, cls.kind, memory);
        for (const m of forward.mentions) {
          if (!placement) break;
          const event: OutbreakEvent = { date: m.date, status: cls.status, quote: forward.sentence.text, note: bilingual(`地点取自前一句（“${excerpt(sentence.text, 40)}”），该句没有日期`, `place from the sentence before ("${excerpt(sentence.text, 40)}"), which has no date`) };
          candidates.push({ name, kind: cls.kind, placement, event, confidence: confidenceOf('inherited', cls.strength, placement.precision) });
        }
        if (placement) continue;
      }
      if (!date) {
        undated.set(name, { name, kind: cls.kind, quote: sentence.text, reason: bilingual('本句及所在段落前文均无日期', 'no date in the sentence or earlier in its paragraph') });
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
        ? geocoder.place({ leaf: place.transport!, county: place.transport!.level === 'county' ? place.transport!.text : undefined }, 'transport', memory)
        : elsewhere ? undefined : geocoder.place(chain, cls.kind, memory);
      if (!placement) {
        unplaced.add(place.text);
        continue;
      }
      const how = dated ? dated.how : 'inherited';
      const event: OutbreakEvent = { date: date.date, status: cls.status, quote: sentence.text };
      if (date.time) event.time = date.time;
      if (listed) event.note = bilingual(`日期和措施取自名单的标题：“${excerpt(list!.header.text, 60)}”`, `date and measure from the list's header: "${excerpt(list!.header.text, 60)}"`);
      else if (!dated) event.note = bilingual(`日期取自本段前文（“${date.source}”）`, `date from an earlier sentence of the paragraph (${date.source})`);
      else if (dated.how !== 'explicit' || !sentence.text.includes(dated.source)) event.note = bilingual(`日期由“${dated.source}”对照前文最近写明的日期推定`, `date read from "${dated.source}" against the last stated date`);
      if (cls.strength === 'sentence' && !listed) event.flag = bilingual(`状态取自本句另一分句中的“${cls.cue}”`, `status from a cue (${cls.cue}) in another clause of the sentence`);
      const confidence = confidenceOf(how, cls.strength, placement.precision);
      candidates.push({ name, kind: cls.kind, placement, event, confidence, group: isTransport ? `transport:${place.text}` : undefined, ...(listed ? { section: listSection(list!) } : {}) });
      // 平台于3月6日开通以来,至3月9日已受理…: a later "as of" date in the sentence says the facility was in use then.
      if (kindGroup(cls.kind) !== 'area' && !isTransport) {
        for (const m of mentions) {
          if (m === dated || m.at < place.end || !AS_OF.test(sentence.text.slice(0, m.at))) continue;
          candidates.push({ name, kind: cls.kind, placement, event: { date: m.date, status: 'in-use', quote: sentence.text, note: bilingual(`截至${m.source}仍在使用`, `in use as of ${m.source}`) }, confidence: confidence * 0.9 });
        }
      }
    }
  });
  return {
    candidates: earliestSubjectEvents(candidates), undated: [...undated.values()], undatedMeasures, unplaced: [...unplaced],
    anyDates: perSentence.some((s) => s.mentions.length > 0), warnings: [...notice.warnings, ...yearBeforeWarnings(perSentence.flatMap((s) => s.mentions))],
  };
}

/** A date put in the year before the report's (12月31日 in an item dated 2021-01-02) is an inference: the reviewer sees it. */
function yearBeforeWarnings(mentions: readonly DateMention[]): LocalizedText[] {
  return mentions.filter((m) => m.yearBefore).map((m) => bilingual(
    `“${m.source}”未写年份，本条日期为 ${m.yearBefore!.page}，按报道只回顾、不预告半年以后的惯例读作 ${m.date}`,
    `"${m.source}" has no year; the item is dated ${m.yearBefore!.page}, and a report looks back rather than half a year ahead, so it is read as ${m.date}`,
  ));
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

