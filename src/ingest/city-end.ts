/**
 * Area-wide endings (全市封控区、管控区全部解除, 龙湾区全域为低风险地区, 广州市所有中高风险地区清零): every place of
 * that city, or of that county when a county ends them (its features' admin.county), still under a measure that day
 * gets the ending, quoting the area-wide sentence. Areas the report names under a measure only in undated sentences
 * (在封控区汤阴县古贤镇瓦子岗村) get it too: the ending is the one dated event they have.
 */
import { compareEvents } from '../data/event-order';
import { ENDING_STATUSES, type LocalizedText, type OutbreakFeature, type Status } from '../data/schema';
import type { Candidate } from './candidate';
import type { Placement } from './geocode';
import { bilingual, excerpt } from './texts';

/** Sentences that end every measure in an area at once. */
export const CITY_WIDE_END = /全部解除|全部清零|全域[^，,。]{0,4}低风险|全市.{0,6}(低风险|解除)|(全区|全县|全旗|所有)[^，,。]{0,10}(低风险|清零)|全市所有[^，,。]{0,8}(均已|全部|均)解除/u;

type AreaEnd = { date: string; time?: string; status: Status; quote: string; county?: string };

/** The area-wide endings among these features: a city's end everything, a county's end that county's places. */
function areaEnds(features: readonly OutbreakFeature[]): AreaEnd[] {
  return features.filter((f) => f.properties.kind === 'city-control' || f.properties.kind === 'county-control')
    .flatMap((f) => f.properties.events
      .filter((e) => (e.status === 'low-risk' || e.status === 'lifted') && CITY_WIDE_END.test(e.quote))
      .map((e) => ({ ...e, county: f.properties.kind === 'county-control' ? f.properties.name : undefined })));
}

export interface UndatedMeasure { name: string; placement: Placement; status: Status; quote: string }

const ENDING = new Set<Status>(ENDING_STATUSES);
/** Measures on an area that a city-wide ending ends. */
const MEASURES = new Set<Status>(['high-risk', 'medium-risk', 'sealed', 'controlled', 'precaution', 'regional-control', 'lockdown']);
/** Statuses under which an area named only in an undated sentence is taken to be under a measure. */
const AREA_MEASURES = new Set<Status>([...MEASURES, 'first-case']);

/** The ending status after `last`: low-risk after a risk level, else lifted. */
const endingAfter = (last: Status): Status => (/risk$/.test(last) ? 'low-risk' : 'lifted');

/** Adds the first city-wide ending to each area named under a measure in an undated sentence and not yet ended. */
export function endUndatedMeasures(candidates: Candidate[], undated: UndatedMeasure[]): Candidate[] {
  const ends = candidates.filter((c) => (c.kind === 'city-control' || c.kind === 'county-control') && (c.event.status === 'lifted' || c.event.status === 'low-risk') && CITY_WIDE_END.test(c.event.quote))
    .sort((a, b) => compareEvents(a.event, b.event));
  if (ends.length === 0) return candidates;
  const out = [...candidates];
  const done = new Set<string>();
  for (const u of undated) {
    if (!AREA_MEASURES.has(u.status) || done.has(u.name)) continue;
    const end = ends.find((c) => c.kind === 'city-control' || c.name === u.placement.admin.county);
    if (!end) continue;
    const own = candidates.filter((c) => c.name === u.name && c.kind === 'risk-area');
    if (own.some((c) => ENDING.has(c.event.status) || c.event.date > end.event.date)) continue;
    done.add(u.name);
    const note = bilingual(`全域解除措施适用于此地；此地见于一句未写日期的措施：“${excerpt(u.quote, 40)}”`,
      `area-wide ending applied to this place, named under a measure in an undated sentence: "${excerpt(u.quote, 40)}"`);
    out.push({ name: u.name, kind: 'risk-area', placement: own[0]?.placement ?? u.placement, event: { date: end.event.date, status: endingAfter(u.status), quote: end.event.quote, note }, confidence: end.confidence * 0.6 });
  }
  return out;
}

/**
 * 全市封控区、管控区全部解除 / 全域为低风险地区 ends every measure in the city that day: each area still under a
 * measure gets that ending, quoting the city-wide sentence (low-risk after a risk level, else lifted).
 * Returns new features; the input and its events are left as they were.
 */
export function propagateCityWideEnd(features: readonly OutbreakFeature[]): OutbreakFeature[] {
  const ends = areaEnds(features);
  if (ends.length === 0) return [...features];
  return features.map((f) => {
    const p = f.properties;
    if (p.kind !== 'risk-area' && p.kind !== 'county-control') return f;
    const events = [...p.events];
    for (const end of ends) {
      if (end.county && (p.kind !== 'risk-area' || p.admin.county !== end.county)) continue;
      const before = events.filter((e) => e.date <= end.date);
      const last = before[before.length - 1];
      // A first case makes a village (not a whole county) a risk area even when the report never names its level (杨孔村发现确诊病例).
      if (!last || ENDING.has(last.status) || !before.some((e) => MEASURES.has(e.status) || (e.status === 'first-case' && p.kind === 'risk-area'))) continue;
      events.push({ date: end.date, status: endingAfter(last.status), quote: end.quote, note: endNote(end.county) });
      events.sort(compareEvents);
    }
    return events.length === p.events.length ? f : { ...f, properties: { ...p, events } };
  });
}

/** The note of an ending a place takes from an area-wide sentence that does not name it. */
function endNote(county: string | undefined): LocalizedText {
  return county
    ? bilingual(`${county}全域解除措施适用于此地；该句未提及此地`, `${county}-wide ending applied to this place; the sentence does not name it`)
    : bilingual('全市解除措施适用于此地；该句未提及此地', 'city-wide ending applied to this place; the sentence does not name it');
}
