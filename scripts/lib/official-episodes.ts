/**
 * geo/official/episodes.json from the shipped meta and unit-days counts and the gazetteer's names: `npm run official`
 * writes it, validate recomputes and compares.
 */
import { AdminDivisions, type AdminDivision } from '../../src/data/admin-divisions';
import { readJson } from '../../src/node/geo-files';
import { buildEpisodeFile, type OfficialEpisodes, type UnitName } from '../../src/official/episode-file';
import type { OfficialMeta, OfficialUnitDays } from '../../src/official/schema';

export const EPISODES_FILE = 'episodes.json';

/** 汉字 name of a unit and of its province (a municipality is its own province). */
export function unitNamer(): (adcode: string) => UnitName {
  const divisions = new AdminDivisions(readJson<{ divisions: AdminDivision[] }>('geo/sources/admin-divisions.json').divisions);
  return (adcode) => {
    const unit = divisions.byCode(adcode);
    if (!unit) throw new Error(`episodes: unit ${adcode} is not in geo/sources/admin-divisions.json`);
    let province: AdminDivision | undefined = unit;
    while (province && province.level !== 'province') province = province.parent ? divisions.byCode(province.parent) : undefined;
    return { name: unit.name, province: province?.name ?? '' };
  };
}

export function episodesOf(meta: OfficialMeta, unitDays: OfficialUnitDays, unplacedAreas: number): OfficialEpisodes {
  const hasList = meta.high.map((high, day) => high !== null || meta.medium[day] !== null);
  return buildEpisodeFile({ unitDays, hasList, nameOf: unitNamer(), unplacedAreas });
}
