/**
 * Village and community names of the national list (keyed by township code), as the geocoder and the place
 * extractor use them: which township of a county has a village of that name, and every village name of the
 * report's counties (so that a place is never split off a known name, places.ts keepWholeNames).
 */
import type { AdminDivision } from '../data/admin-divisions';
import type { AdminIndex } from './admin-index';

export interface VillageRecord { name: string; township: string; townshipCode: string; county: string }

/** Village names per township code: `{ "330303012": ["下垟村", …] }`. */
export type VillageList = Record<string, string[]>;

export class VillageIndex {
  private readonly byCounty = new Map<string, VillageRecord[]>();

  constructor(list: VillageList, index: AdminIndex, counties: AdminDivision[]) {
    for (const county of counties) {
      const records: VillageRecord[] = [];
      for (const [townshipCode, township] of index.divisions.townshipsOf(county.code)) {
        for (const name of list[townshipCode] ?? []) records.push({ name, township, townshipCode, county: county.code });
      }
      this.byCounty.set(county.code, records);
    }
  }

  /** Villages named `name` in these counties, in `township` when it is given and has one. */
  find(name: string, counties: AdminDivision[], township?: string): VillageRecord[] {
    const all = counties.flatMap((c) => this.byCounty.get(c.code) ?? []).filter((v) => v.name === name);
    const inTownship = township ? all.filter((v) => v.township === township) : [];
    return inTownship.length ? inTownship : all;
  }

  /** Every village name of the indexed counties. */
  names(): Set<string> {
    return new Set([...this.byCounty.values()].flat().map((v) => v.name));
  }
}
