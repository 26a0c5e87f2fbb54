/**
 * City-wide endings (全市封控区、管控区全部解除, 全域为低风险地区, 全市所有中高风险区均已解除): every area still under
 * a measure that day gets the ending, quoting the city-wide sentence. Areas the report names under a measure
 * only in undated sentences (在封控区汤阴县古贤镇瓦子岗村) get it too: the ending is the one dated event they have.
 */
import type { OutbreakFeature, Status } from '../data/schema';
import type { Placement } from './geocode';
import type { Candidate } from './draft';
import { draftText } from './draft-text';

/** Sentences that end every measure in the city at once. */
export const CITY_WIDE_END = /全部解除|全域|全市.{0,6}(低风险|解除)|全市所有[^，,。]{0,8}(均已|全部|均)解除/u;

export interface UndatedMeasure { name: string; placement: Placement; status: Status; quote: string }

const AREA_MEASURES = new Set<Status>(['high-risk', 'medium-risk', 'sealed', 'controlled', 'precaution', 'regional-control', 'lockdown', 'first-case']);

/** Adds the first city-wide ending to each area named under a measure in an undated sentence and not yet ended. */
export function endUndatedMeasures(candidates: Candidate[], undated: UndatedMeasure[]): Candidate[] {
  const end = candidates.filter((c) => c.kind === 'city-control' && (c.event.status === 'lifted' || c.event.status === 'low-risk') && CITY_WIDE_END.test(c.event.quote))
    .sort((a, b) => a.event.date.localeCompare(b.event.date))[0];
  if (!end) return candidates;
  const out = [...candidates];
  const done = new Set<string>();
  for (const u of undated) {
    if (!AREA_MEASURES.has(u.status) || done.has(u.name)) continue;
    const own = candidates.filter((c) => c.name === u.name && c.kind === 'risk-area');
    if (own.some((c) => ENDING.has(c.event.status) || c.event.date > end.event.date)) continue;
    done.add(u.name);
    const status: Status = /risk$/.test(u.status) ? 'low-risk' : 'lifted';
    const note = `city-wide ending applied to this place, named under a measure in an undated sentence: "${u.quote.slice(0, 40)}"`;
    out.push({ name: u.name, kind: 'risk-area', placement: own[0]?.placement ?? u.placement, event: { date: end.event.date, status, quote: end.event.quote, note: draftText(note) }, confidence: end.confidence * 0.6 });
  }
  return out;
}

const ENDING = new Set<Status>(['low-risk', 'closed', 'resumed', 'lifted']);
const MEASURES = new Set<Status>(['high-risk', 'medium-risk', 'sealed', 'controlled', 'precaution', 'regional-control', 'lockdown']);

/**
 * 全市封控区、管控区全部解除 / 全域为低风险地区 ends every measure in the city that day: each area still under a
 * measure gets that ending, quoting the city-wide sentence (low-risk after a risk level, else lifted).
 */
export function propagateCityWideEnd(features: OutbreakFeature[]): void {
  const cityEnds = features.filter((f) => f.properties.kind === 'city-control')
    .flatMap((f) => f.properties.events.filter((e) => (e.status === 'low-risk' || e.status === 'lifted') && CITY_WIDE_END.test(e.quote)));
  for (const end of cityEnds) {
    for (const f of features) {
      const p = f.properties;
      if (p.kind !== 'risk-area' && p.kind !== 'county-control') continue;
      const before = p.events.filter((e) => e.date <= end.date);
      const last = before[before.length - 1];
      // A first case makes a village (not a whole county) a risk area even when the report never names its level (杨孔村发现确诊病例).
      if (!last || ENDING.has(last.status) || !before.some((e) => MEASURES.has(e.status) || (e.status === 'first-case' && p.kind === 'risk-area'))) continue;
      const status: Status = /risk$/.test(last.status) ? 'low-risk' : 'lifted';
      p.events.push({ date: end.date, status, quote: end.quote, note: draftText('city-wide ending applied to this place; the sentence does not name it') });
      p.events.sort((a, b) => `${a.date}T${a.time ?? '00:00'}`.localeCompare(`${b.date}T${b.time ?? '00:00'}`));
    }
  }
}
