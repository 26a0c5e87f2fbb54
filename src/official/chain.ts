/**
 * The admin chain of an official address: province, prefecture and county from `AdminDivisions.parseChain`
 * (the township too when the gazetteer knows it), then township, village/community and the level the address
 * names, read from the rest by the suffix rules below (tested in tests/unit/official/chain.test.ts).
 *
 * - Zone: a development or demonstration zone written between the county and the township (云龙示范区, 高新区,
 *   经开区: 2–10 Chinese characters ending in 示范区, 开发区, 高新区, 经开区, 新区, 园区 or 片区) is skipped; it is
 *   not an admin unit and spans townships.
 * - Township (when parseChain found none): a leading run of 2–12 Chinese characters ending in 街道, 镇, 乡, 苏木
 *   or 办事处 (the first such ending).
 * - Village/community: right after the township (or the county), a run of Chinese characters or digits ending
 *   in 村民委员会, 居民委员会, 村委会, 居委会, 社区, 嘎查 or 村 (the first such ending).
 * - Beijing's "X（地区）镇/乡" (a township that is also an area office) is read as X镇/X乡: the bracket would hide the
 *   township, and 黄村（地区）镇 would read as the village 黄村.
 * - A unit named twice in a row ("铁峰乡吉安村吉安村") counts once.
 * - No county found: the address names something inside its prefecture, so at most `county` is claimed (and the
 *   area is flagged chain-unknown); no prefecture either → `city`.
 * - Level named: nothing after the finest unit, or a phrase that covers the unit minus parts ("除…外", "全域",
 *   "(…除外)") → that unit's level (village, township, county; a prefecture alone → city). Anything else after
 *   it (a compound, building, road, site, a part of a village) → neighbourhood. `exact` is never claimed: the
 *   lists do not say whether the geocoder found the building or only its compound or street.
 */
import type { AdminDivisions } from '../data/admin-divisions';
import type { Precision } from '../data/schema';

export interface AreaChain {
  province: string;
  prefecture: string;
  provinceCode?: string;
  prefectureCode?: string;
  county?: string;
  countyCode?: string;
  township?: string;
  village?: string;
  /** The level the address names (rule c). */
  namedLevel: Precision;
  /** Text after the county (township, village and the rest): two addresses with the same `place` name one place. */
  place: string;
  /** Text after the finest unit named (village, else township, else county): the compound, building, road… */
  tail: string;
}

/** Beijing writes a township that is also an area office as "黄村（地区）镇" / "十八里店（地区）乡": read it as 黄村镇. */
const BRACKETED_AREA = /([\u4e00-\u9fff])\(地区\)(?=[镇乡])/gu;
const ZONE = /^[\u4e00-\u9fff]{0,8}?(?:示范区|开发区|高新区|经开区|新区|园区|片区)/u;
const TOWNSHIP = /^([\u4e00-\u9fff]{2,12}?(?:街道|镇|乡|苏木|办事处))/u;
const VILLAGE = /^([\u4e00-\u9fff0-9]{1,15}?(?:村民委员会|居民委员会|村委会|居委会|社区|嘎查|村))/u;
/** The rest covers the whole unit, or the unit minus some parts. */
const WHOLE_UNIT = /^(?:\(?除|全域|全境|全部|\(.*除外\)$|\(.*以外.*\)$|其他区域$|其余区域$)/u;

function stripRepeats(text: string, name: string | undefined): string {
  if (!name) return text;
  let rest = text;
  while (rest.startsWith(name)) rest = rest.slice(name.length);
  return rest;
}

/** Reads the chain from a normalised address key (src/official/normalise.ts). */
export function readChain(key: string, divisions: Pick<AdminDivisions, 'parseChain'>): AreaChain {
  const parsed = divisions.parseChain(key);
  const chain: AreaChain = {
    province: parsed.province?.name ?? '',
    prefecture: parsed.prefecture?.name ?? '',
    provinceCode: parsed.province?.code,
    prefectureCode: parsed.prefecture?.code,
    county: parsed.county?.name,
    countyCode: parsed.county?.code,
    namedLevel: 'city',
    place: '',
    tail: '',
  };
  if (!parsed.county) {
    // Without the county we cannot tell which unit the rest starts with ("航空港区大营镇…" would read as one
    // township): the address names something inside the prefecture, so at most the county level is claimed.
    chain.place = parsed.rest;
    chain.tail = parsed.rest;
    chain.namedLevel = parsed.prefecture && parsed.rest !== '' ? 'county' : 'city';
    return chain;
  }
  let rest = stripRepeats(parsed.rest, parsed.county.name).replace(BRACKETED_AREA, '$1');
  chain.place = `${parsed.township?.name ?? ''}${rest}`;
  let finest: Precision = 'county';
  let township = parsed.township?.name;
  if (township) rest = stripRepeats(rest, township);
  else {
    const zone = ZONE.exec(rest);
    if (zone && TOWNSHIP.test(rest.slice(zone[0].length))) rest = rest.slice(zone[0].length);
    const match = TOWNSHIP.exec(rest);
    if (match) {
      township = match[1];
      rest = stripRepeats(rest, township);
    }
  }
  if (township) {
    chain.township = township;
    finest = 'township';
  }
  const village = VILLAGE.exec(rest);
  if (village) {
    chain.village = village[1];
    rest = stripRepeats(rest, village[1]);
    finest = 'village';
  }
  chain.tail = rest;
  chain.namedLevel = rest === '' || WHOLE_UNIT.test(rest) ? finest : 'neighbourhood';
  return chain;
}
