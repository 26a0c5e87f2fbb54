/**
 * The village and community names of the report's prefecture (national list, src/data/villages.ts), as the
 * geocoder and the place extractor use them: which township of a county has a village of that name (two of one
 * name are flagged, not guessed), and every name a report may write for them (杨孔村 for 杨孔村村民委员会), so that a
 * place is never split off a known name (places.ts).
 */
import type { AdminDivision, AdminDivisions } from '../data/admin-divisions';
import type { Villages } from '../data/villages';

export interface VillageRecord { name: string; township: string; townshipCode: string; county: string }

export class VillageIndex {
  private readonly byName = new Map<string, VillageRecord[]>();

  /** Indexes the villages of these counties only (a prefecture has a few thousand; China 620,573). */
  constructor(villages: Villages, divisions: AdminDivisions, counties: AdminDivision[]) {
    for (const county of counties) {
      for (const [townshipCode, township] of divisions.townshipsOf(county.code)) {
        for (const village of villages.villagesOf(townshipCode)) {
          for (const name of new Set([village.name, ...village.reportNames])) {
            const list = this.byName.get(name) ?? [];
            if (!list.some((v) => v.townshipCode === townshipCode)) list.push({ name, township, townshipCode, county: county.code });
            this.byName.set(name, list);
          }
        }
      }
    }
  }

  /** Villages named `name` in these counties, in `township` when it is given and has one. */
  find(name: string, counties: AdminDivision[], township?: string): VillageRecord[] {
    const codes = new Set(counties.map((c) => c.code));
    const all = (this.byName.get(name) ?? []).filter((v) => codes.has(v.county));
    const inTownship = township ? all.filter((v) => v.township === township) : [];
    return inTownship.length ? inTownship : all;
  }

  /** Every name written for a village of the indexed counties. */
  names(): Set<string> {
    return new Set(this.byName.keys());
  }
}
