/**
 * Spellings → areas. Every distinct published address is one spelling; spellings with the same normalised key
 * (src/official/normalise.ts) are one area. The area shows its most frequent spelling (ties: the first in code
 * point order) and lists the others; its point is that spelling's point, or the point of the most frequent
 * spelling that has one (the 2022-11-25..12-08 lists carry no points, so their spellings may have none).
 */
import { normaliseAddress } from './normalise';

export interface Spelling {
  address: string;
  /** Entries (list-days × multiplicity) with this exact spelling. */
  entries: number;
  /** GCJ-02 point as listed; absent for spellings seen only in lists without points. */
  gcj02?: readonly [number, number];
}

export interface AreaDraft {
  key: string;
  address: string;
  /** Other spellings, most frequent first. */
  variants: string[];
  gcj02?: readonly [number, number];
  /** Spellings of this area carry more than one distinct point. */
  pointsDiffer: boolean;
}

export interface MergeReport {
  /** Per normalisation rule: areas with two or more spellings where that rule changed at least one of them. */
  areasByRule: Record<string, number>;
  /** Up to three examples per rule: the spellings that were merged. */
  examples: Record<string, string[][]>;
  spellings: number;
  areas: number;
}

function bySpellingRank(a: Spelling, b: Spelling): number {
  if (a.entries !== b.entries) return b.entries - a.entries;
  return a.address < b.address ? -1 : a.address > b.address ? 1 : 0;
}

export function groupSpellings(spellings: Iterable<Spelling>): { areas: AreaDraft[]; areaOfAddress: Map<string, number>; report: MergeReport } {
  const groups = new Map<string, Array<Spelling & { applied: string[] }>>();
  let spellingCount = 0;
  for (const spelling of spellings) {
    const { key, applied } = normaliseAddress(spelling.address);
    const group = groups.get(key) ?? [];
    group.push({ ...spelling, applied });
    groups.set(key, group);
    spellingCount += 1;
  }
  const keys = [...groups.keys()].sort();
  const areas: AreaDraft[] = [];
  const areaOfAddress = new Map<string, number>();
  const report: MergeReport = { areasByRule: {}, examples: {}, spellings: spellingCount, areas: keys.length };
  for (const key of keys) {
    const group = (groups.get(key) ?? []).sort(bySpellingRank);
    const withPoint = group.find((s) => s.gcj02 !== undefined);
    const points = new Set(group.filter((s) => s.gcj02).map((s) => String(s.gcj02)));
    const id = areas.length;
    areas.push({ key, address: group[0].address, variants: group.slice(1).map((s) => s.address), gcj02: withPoint?.gcj02, pointsDiffer: points.size > 1 });
    for (const spelling of group) areaOfAddress.set(spelling.address, id);
    if (group.length < 2) continue;
    for (const rule of new Set(group.flatMap((s) => s.applied))) {
      report.areasByRule[rule] = (report.areasByRule[rule] ?? 0) + 1;
      const examples = (report.examples[rule] ??= []);
      if (examples.length < 3) examples.push(group.map((s) => s.address));
    }
  }
  return { areas, areaOfAddress, report };
}
