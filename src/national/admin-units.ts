/**
 * The admin units the national map counts areas in: for each of province, prefecture and county, the list of
 * units with areas and, per area, the index of its unit. Read from the area's county code through the gazetteer
 * (INTERFACES.md A), or from its province and prefecture names when the address names no county. Rules:
 *  - a municipality's districts (北京市朝阳区) have the municipality as their prefecture, as the chains read;
 *  - a county directly under a province (济源市, 仙桃市) is its own prefecture-level unit;
 *  - areas whose address names no county are counted, at county zoom, in one unit per prefecture labelled "county
 *    not named" (`unknownCounty`), never spread over the counties or dropped;
 *  - an area whose province or prefecture the gazetteer does not know is left out of that level (-1) and counted
 *    in `unplaced`, so the caller can say so.
 */
import type { AdminDivision, AdminDivisions } from '../data/admin-divisions';
import type { OfficialArea } from './official-contract';

export type UnitLevel = 'province' | 'prefecture' | 'county';

export interface AdminUnit {
  /** Division code; `<prefecture code>:county-not-named` for the county-not-named unit of a prefecture. */
  key: string;
  division: AdminDivision;
  /** True for the unit collecting a prefecture's areas whose address names no county. */
  unknownCounty: boolean;
}

export interface UnitLevelSet {
  level: UnitLevel;
  units: AdminUnit[];
  /** Unit index per area, -1 when the area cannot be placed at this level. */
  unitOfArea: Int32Array;
  unplaced: number;
}

type AreaAdmin = Pick<OfficialArea, 'province' | 'prefecture' | 'countyCode'>;

class LevelBuilder {
  readonly units: AdminUnit[] = [];
  private readonly index = new Map<string, number>();
  readonly unitOfArea: Int32Array;
  unplaced = 0;

  constructor(readonly level: UnitLevel, areaCount: number) {
    this.unitOfArea = new Int32Array(areaCount).fill(-1);
  }

  place(area: number, division: AdminDivision | undefined, unknownCounty = false): void {
    if (!division) {
      this.unplaced += 1;
      return;
    }
    const key = unknownCounty ? `${division.code}:county-not-named` : division.code;
    let unit = this.index.get(key);
    if (unit === undefined) {
      unit = this.units.length;
      this.index.set(key, unit);
      this.units.push({ key, division, unknownCounty });
    }
    this.unitOfArea[area] = unit;
  }

  result(): UnitLevelSet {
    return { level: this.level, units: this.units, unitOfArea: this.unitOfArea, unplaced: this.unplaced };
  }
}

export function assignUnits(areas: readonly AreaAdmin[], divisions: AdminDivisions): Record<UnitLevel, UnitLevelSet> {
  const levels = { province: new LevelBuilder('province', areas.length), prefecture: new LevelBuilder('prefecture', areas.length), county: new LevelBuilder('county', areas.length) };
  const provinceByName = new Map<string, AdminDivision | undefined>();
  const prefectureByName = new Map<string, AdminDivision | undefined>();
  const provinceNamed = (name: string) => {
    if (!provinceByName.has(name)) provinceByName.set(name, divisions.find(name, 'province')[0]);
    return provinceByName.get(name);
  };
  const prefectureNamed = (province: AdminDivision | undefined, name: string) => {
    const key = `${province?.code}|${name}`;
    if (!prefectureByName.has(key)) {
      // A municipality is the prefecture of its districts; otherwise a prefecture (or a county directly under the province) of that name.
      const found = province && province.name === name ? province
        : [...divisions.find(name, 'prefecture'), ...divisions.find(name, 'county')].find((d) => !province || provinceOf(divisions, d)?.code === province.code);
      prefectureByName.set(key, found);
    }
    return prefectureByName.get(key);
  };

  areas.forEach((area, i) => {
    const county = area.countyCode ? divisions.byCode(area.countyCode) : undefined;
    if (county) {
      const parent = county.parent ? divisions.byCode(county.parent) : undefined;
      const province = provinceOf(divisions, county);
      levels.county.place(i, county);
      levels.prefecture.place(i, parent?.level === 'prefecture' || isMunicipality(parent) ? parent : county);
      levels.province.place(i, province);
      return;
    }
    const province = provinceNamed(area.province);
    const prefecture = area.prefecture ? prefectureNamed(province, area.prefecture) : undefined;
    levels.province.place(i, province);
    levels.prefecture.place(i, prefecture);
    levels.county.place(i, prefecture, true);
  });
  return { province: levels.province.result(), prefecture: levels.prefecture.result(), county: levels.county.result() };
}

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);
const isMunicipality = (division: AdminDivision | undefined) => division !== undefined && MUNICIPALITIES.has(division.code);

function provinceOf(divisions: AdminDivisions, division: AdminDivision): AdminDivision | undefined {
  let current: AdminDivision | undefined = division;
  while (current && current.level !== 'province') current = current.parent ? divisions.byCode(current.parent) : undefined;
  return current;
}
