/**
 * The closed lists of codes the official record stores (precision rules, area flags, day flags), each with the
 * zh and en text a reader sees. The record stores codes; the app looks the words up here.
 */

export interface Bilingual {
  zh: string;
  en: string;
}

export const RISK_LEVELS = ['high', 'medium'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const PRECISION_RULE_CODES = ['county-centre', 'prefecture-centre', 'shared-point', 'township-outlier', 'address-level', 'admin-chain', 'outside-province'] as const;
export type PrecisionRule = (typeof PRECISION_RULE_CODES)[number];

export const PRECISION_RULES: Record<PrecisionRule, Bilingual> = {
  'county-centre': {
    zh: '坐标与高德地图的县（区）中心点重合（30 米以内），或被不同地点共用且离本县（区）中心不到 200 米：地理编码回退到县城，只能定位到县。',
    en: 'The point sits on the AMap centre of a county or district (within 30 m), or is shared by different places within 200 m of their county’s centre: the geocoder fell back to the county seat, so it locates only the county.',
  },
  'prefecture-centre': {
    zh: '坐标与高德地图的地级市中心点重合（30 米以内）：地理编码回退到市级，只能定位到市。',
    en: 'The point sits on the AMap centre of a prefecture (within 30 m): the geocoder fell back to the city, so it locates only the city.',
  },
  'shared-point': {
    zh: '同一坐标被不同村（社区）或乡镇的地址共用：这是回退点，只能定位到这些地址共同所在的一级。',
    en: 'The same point is shared by addresses of different villages, communities or townships: a fallback, so it locates only the unit they share.',
  },
  'township-outlier': {
    zh: '坐标远离同一乡镇其他地址的坐标（超过 10 公里且超过它们离中心距离中位数的 4 倍）：地理编码可能找到了县内的同名地点，只能定位到县。',
    en: 'The point lies far from the other points of its township (over 10 km, and over 4 times their median distance from its centre): the geocoder may have found a namesake elsewhere in the county, so it locates only the county.',
  },
  'address-level': {
    zh: '精度取地址所写到的一级（小区、村或社区、乡镇……），不超过坐标所能支持的精度。',
    en: 'Precision is the level the address names (compound, village or community, township…), never finer than the point supports.',
  },
  'admin-chain': {
    zh: '该地址只见于无坐标的名单日（2022-11-25 至 12-08），其他日期也没有同一地址的坐标：精度取其行政区划（县或市），位置是该县（区）或市的高德中心点（若已知）。',
    en: 'Listed only on the days without a point file (2022-11-25 to 12-08) and never with a point on other days: its precision is that of its admin chain (county or city), placed at that unit’s AMap centre where one is known.',
  },
  'outside-province': {
    zh: '名单坐标落在另一个省份：不在那里标出，改用地址所能支持的最细一级行政中心（县或市）；两者都不知道时不标出。',
    en: 'The listed point lies in another province: it is not drawn there; the area is placed at the finest admin centre its address supports (county or city), or not drawn when none is known.',
  },
};

export const AREA_FLAG_CODES = [
  'no-point', 'no-location', 'variant-points-differ', 'centre-of-other-division', 'county-labels-differ', 'shared-across-prefectures',
  'outside-county-polygon', 'outside-china', 'chain-unknown', 'both-levels-same-day', 'level-flicker', 'outside-province',
] as const;
export type AreaFlag = (typeof AREA_FLAG_CODES)[number];

/** Flags in the order of AREA_FLAG_CODES (the order the record stores and decodes them). */
export function sortFlags(flags: Iterable<AreaFlag>): AreaFlag[] {
  return [...new Set(flags)].sort((a, b) => AREA_FLAG_CODES.indexOf(a) - AREA_FLAG_CODES.indexOf(b));
}

export const AREA_FLAGS: Record<AreaFlag, Bilingual> = {
  'no-point': {
    zh: '名单没有给出该地址的坐标（仅见于无坐标的名单日）：位置是县（区）或市的中心，不是该地点本身。',
    en: 'The lists give no point for this address (it appears only on days without a point file): the location is its county or city centre, not the place itself.',
  },
  'no-location': {
    zh: '名单没有给出该地址的坐标，其县（区）或市也没有已知的中心点：无法在地图上标出，但计入当天的条数。',
    en: 'The lists give no point for this address and no centre is known for its county or city: it cannot be drawn, but it counts in the day’s totals.',
  },
  'variant-points-differ': {
    zh: '同一地区的不同写法带有不同坐标；采用出现次数最多的写法的坐标。',
    en: 'Spellings of this area carry different points; the point of the most frequent spelling is used.',
  },
  'centre-of-other-division': {
    zh: '坐标落在另一个县（区）或市的中心：地理编码可能找错了地方。',
    en: 'The point sits on the centre of another county or city than the address names: the geocoder may have matched the wrong place.',
  },
  'county-labels-differ': {
    zh: '同一地点（同一坐标、同一名称）在名单中被列在不同的县（区）下。',
    en: 'The same place (same point, same name) is listed under different counties or districts.',
  },
  'shared-across-prefectures': {
    zh: '同一坐标被不同地级市的地址共用：至少有一个地址的位置是错的。',
    en: 'The same point is shared by addresses in different prefectures: at least one of them is misplaced.',
  },
  'outside-county-polygon': {
    zh: '坐标不在地址所写县（区）的边界内。',
    en: 'The point lies outside the boundary of the county or district the address names.',
  },
  'outside-province': {
    zh: '名单坐标落在地址所写省份以外（超过 5 公里）：该地区不在那里标出，而是放在地址所能支持的最细一级行政中心。',
    en: 'The listed point lies outside the province the address names (by more than 5 km): the area is not drawn there but at the finest admin centre its address supports.',
  },
  'outside-china': {
    zh: '坐标不在中国范围内。',
    en: 'The point lies outside China.',
  },
  'chain-unknown': {
    zh: '无法从地址中识别出县（区）：行政区划不完整。',
    en: 'No county or district could be read from the address: its admin chain is incomplete.',
  },
  'both-levels-same-day': {
    zh: '同一天同时列入高风险和中风险名单。',
    en: 'Listed as both high and medium risk on the same day.',
  },
  'level-flicker': {
    zh: '风险等级改变后一两天内又变回原等级：可能是名单错误。',
    en: 'The risk level changed and changed back within two days: possibly a list error.',
  },
};

export const DAY_FLAG_CODES = ['count-mismatch', 'dip', 'spike', 'levels-swapped', 'list-only', 'no-list'] as const;
export type DayFlag = (typeof DAY_FLAG_CODES)[number];

export const DAY_FLAGS: Record<DayFlag, Bilingual> = {
  'count-mismatch': {
    zh: '名单条数与当天官方公布的总数不一致。',
    en: 'The number of entries differs from the total the official notice printed that day.',
  },
  'dip': {
    zh: '当天条数不到前后两天的一半：可能缺了部分名单。',
    en: 'Fewer than half the entries of the days before and after: part of the list may be missing.',
  },
  'spike': {
    zh: '当天条数超过前后两天的两倍：可能有重复或错误的名单。',
    en: 'More than twice the entries of the days before and after: the list may hold duplicates or errors.',
  },
  'levels-swapped': {
    zh: '当天大部分高风险地区在前后两天都是中风险（或反之）：两个名单可能被对调。',
    en: 'Most of the day’s areas are at the other level on the days before and after: the two lists may have been swapped.',
  },
  'list-only': {
    zh: '当天没有带坐标的名单文件：条目来自官方名单原文，坐标按地址从其他日期补上。',
    en: 'No point file for this day: entries come from the published list, with points joined by address from other days.',
  },
  'no-list': {
    zh: '当天没有名单文件：无数据，不代表没有风险地区。',
    en: 'No list file for this day: no data, which does not mean there were no risk areas.',
  },
};
