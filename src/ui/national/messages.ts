/** User-facing copy of the national view and the trip check, in Chinese and English (beside ../i18n.ts). */
import { MAX_RADIUS_KM, MIN_RADIUS_KM } from '../../url/trip-codec';
import type { Language } from '../../url/view-state';
import { messageLookup, STATUS_LABELS } from '../shell/i18n';

const MESSAGES = {
  nationalTagline: { zh: '全国中、高风险地区，2020-07-29 至 2022-12-24，逐日呈现', en: 'Official medium- and high-risk areas of China, day by day, 2020-07-29 to 2022-12-24' },
  high: { zh: '高风险', en: 'high' },
  medium: { zh: '中风险', en: 'medium' },
  noData: { zh: '无数据', en: 'no data' },
  histogramKeys: { zh: '每日生效的高、中风险地区数：方向键选择日期，回车跳到该日', en: 'High- and medium-risk areas in force per day: arrow keys choose a day, Enter goes to it' },
  squareRootScale: { zh: '（平方根刻度）', en: '(square-root scale)' },
  noDataTicks: { zh: '无数据：深色刻度', en: 'no data: dark ticks' },
  retry: { zh: '重试', en: 'Try again' },
  listSource: { zh: '国家卫健委每日公布的中、高风险地区名单', en: 'The daily lists of medium- and high-risk areas published by the National Health Commission' },
  totalsLabel: { zh: '当天全国生效的风险区', en: 'Risk areas in force nationally on this day' },
  noDataDay: { zh: '这一天没有公布的名单：无数据，不代表没有风险。', en: 'No list was published for this day: no data, which does not mean no risk.' },
  defaultDayNote: {
    zh: '{day} 是名单中最后一个仍有风险区的日子，本视图默认从这一天打开；{last} 的名单已无风险区（可用滑块或输入日期查看）。',
    en: '{day} is the last day the lists hold areas in force, so the view opens on it; the lists of {last} hold none (reach it with the slider or a typed date).',
  },
  noListShowing: {
    zh: '本日无名单；显示 {shown} 的状态（未经当天名单确认）。无数据，不代表没有风险。',
    en: 'No list this day; showing {shown} (not confirmed by a list of this day). No data, which does not mean no risk.',
  },
  loadingNational: { zh: '正在加载全国风险区名单… {done}/{total}', en: 'Loading the national risk-area lists… {done}/{total}' },
  loadingAreas: { zh: '已显示各地区的风险区个数；正在加载单个风险区… {done}/{total}', en: 'Counts per region shown; loading the individual areas… {done}/{total}' },
  loadNationalFailed: { zh: '全国风险区名单加载失败', en: 'The national risk-area lists could not be loaded' },
  legendUnits: {
    zh: '圆圈中的数字：当天在该省、市或县（区）内生效的风险区个数（按地址计）。红色：其中至少有一个高风险区；橙色：只有中风险区。圆圈大小分五档：1–9、10–99、100–999、1000–9999、1万以上。',
    en: 'The number in a circle: official risk areas (addresses) in force in that province, prefecture or county on the day. Red: at least one of them is high risk; orange: medium risk only. Five sizes: 1–9, 10–99, 100–999, 1,000–9,999, 10,000 and more.',
  },
  legendUnknownCounty: { zh: '“县区未注明”：地址未写到县（区）的风险区，计在其所在市。', en: '"County not named": areas whose address names no county, counted at their prefecture.' },
  legendPoints: {
    zh: '每个点是一个风险区：红色为高风险，橙色为中风险。虚线圆环：坐标只是县、乡镇或村的中心（浅灰色区域为可能的位置）。半透明：近 3 天内解除。',
    en: 'Each dot is one official risk area: red high, orange medium. A dashed ring: its point is only the centre of a county, township or village (the grey shade is where it may be). Faded: lifted in the last 3 days.',
  },
  zoomForAreas: { zh: '放大到城市可查看单个风险区', en: 'Zoom in to a city to see single areas' },
  countyNotNamed: { zh: '{name}（县区未注明）', en: '{name} (county not named)' },
  unitTooltip: { zh: '{name}：{high} 个高风险区，{medium} 个中风险区', en: '{name}: {high} high-risk, {medium} medium-risk areas' },
  areasHere: { zh: '{address} 等 {n} 个风险区（同一坐标）', en: '{address} and {more} more areas at the same point' },
  areasInView: { zh: '视野内的风险区', en: 'Risk areas in view' },
  unitsInView: { zh: '视野内风险区最多的地区', en: 'Places in view with the most risk areas' },
  asOnUnconfirmed: { zh: '{title}（{shown} 的状态，未经确认）', en: '{title} (as on {shown}, unconfirmed)' },
  unitsWithoutPoint: { zh: '另有 {n} 个风险区所在的地区没有地图坐标，此缩放级别下未画出（仍计入全国总数）。', en: '{n} more areas are in places with no point on the map and are not drawn at this zoom (they are in the national totals).' },
  officialArea: { zh: '官方风险区', en: 'Official risk area' },
  adminChain: { zh: '行政区划', en: 'Administrative units' },
  precisionRule: { zh: '定位依据', en: 'How it was located' },
  levelHistory: { zh: '风险等级历史', en: 'Level history' },
  otherSpellings: { zh: '其他写法 {n} 种', en: 'Other spellings: {n}' },
  firstListed: { zh: '仅列出前 {n} 个，放大地图可缩小范围', en: 'First {n} listed; zoom in to narrow the list' },
  officialInCity: {
    zh: '本市官方名单中共 {n} 个风险区；地图显示当天生效的（圆点，红色高风险，橙色中风险）',
    en: "Official risk areas in this city's lists: {n}; the map shows those in force on the day (dots: red high, orange medium)",
  },
  tripDatesSwapped: { zh: '起止日期颠倒，已交换。', en: 'From was after To; swapped.' },
  tripShowMore: { zh: '再显示 {n} 处', en: 'Show {n} more' },
  source: { zh: '来源', en: 'Source' },
  matchedReportPlace: { zh: '报道中的地点', en: 'Place in a report' },
  matchedOfficialArea: { zh: '官方名单中的该地点', en: 'This place in the official lists' },
  showOfficial: { zh: '显示本市官方风险区', en: "Show this city's official risk areas" },
  tripCheck: { zh: '行程核查', en: 'Trip check' },
  tripIntro: { zh: '查询某地附近在某段时间内是否有中、高风险区。', en: 'Was there a risk area near a place while you were there?' },
  tripPlace: { zh: '地点（地址、地名或“纬度, 经度”）', en: 'Place (address, name or "lat, lon")' },
  tripPickOnMap: { zh: '在地图上点选', en: 'Pick on the map' },
  tripPickHint: { zh: '点击地图选择地点', en: 'Click the map to choose the place' },
  tripRadius: { zh: '半径（公里）', en: 'Radius (km)' },
  tripFrom: { zh: '从', en: 'From' },
  tripTo: { zh: '到', en: 'To' },
  tripNone: { zh: '{from} 至 {to}，{km} 公里范围内没有生效的风险区或报道地点。', en: 'No risk area or report place was in force within {km} km between {from} and {to}.' },
  tripCount: { zh: '{n} 处，由近到远', en: '{n} places, nearest first' },
  tripPossibly: { zh: '另有 {n} 处只知道所在县、乡镇或村的中心，可能在范围内', en: '{n} more are known only to the centre of their county, township or village and may be within the radius' },
  tripMissing: { zh: '其中 {n} 天没有名单（无数据，不代表没有风险）', en: 'No list for {n} day(s) of the range (no data, not no risk)' },
  tripDays: { zh: '{n} 天', en: '{n} days' },
  tripDistance: { zh: '{km} 公里', en: '{km} km' },
  tripExport: { zh: '导出 CSV', en: 'Export CSV' },
  tripClear: { zh: '清除', en: 'Clear' },
  tripOnMap: {
    zh: '地图上的编号与列表相同：实心标记为 {day} 当天生效，空心为范围内其他日子生效（点击可跳到其生效日）；紫色虚线圈：该地点的坐标只是县、乡镇或村的中心，实际位置可能在圈内任何地方。',
    en: 'The numbers on the map are those of the list: filled marks are in force on {day}, hollow ones on other days of the range (click one to go to its days); a purple dashed ring: the point is only the centre of a county, township or village, and the place may be anywhere in the ring.',
  },
  tripMapLeft: { zh: '地图上只标出最近的 {shown} 个地点，另有 {n} 处见列表。', en: 'The map marks the nearest {shown} points only; {n} more are in the list.' },
  asListed: { zh: '名单原文：{address}', en: 'As the list writes it: {address}' },
  tripOutsideChina: { zh: '该地点不在中国境内，名单只覆盖中国大陆。', en: 'That place is outside China; the lists cover mainland China only.' },
  radiusClamped: { zh: '半径须在 {min}–{max} 公里之间，已调整为 {km} 公里', en: 'The radius must be {min}–{max} km; set to {km} km' },
  radiusRounded: { zh: '半径 {typed} 公里已四舍五入为 {km} 公里（精确到 10 米）', en: 'The radius {typed} km was rounded to {km} km (to 10 m)' },
} as const;

export type NationalMessageKey = keyof typeof MESSAGES;

export const tn = messageLookup(MESSAGES);

/** The day's national totals: "高风险 15 · 中风险 202" / "high 15 · medium 202"; a level without a list says "no data", never 0. */
export function totalsText(counts: { high: number | null; medium: number | null }, lang: Language): string {
  if (counts.high === null && counts.medium === null) return tn(lang, 'noData');
  const part = (level: 'high' | 'medium', n: number | null) => `${tn(lang, level)} ${n === null ? tn(lang, 'noData') : n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')}`;
  return `${part('high', counts.high)} · ${part('medium', counts.medium)}`;
}

/** A trip hit's level in words: an official list's level, or a report place's measure status. */
export function tripLevelLabel(level: string, lang: Language): string {
  if (level === 'high' || level === 'medium') return tn(lang, level);
  const statuses: Readonly<Record<string, { zh: string; en: string } | undefined>> = STATUS_LABELS;
  return statuses[level]?.[lang] ?? level;
}

/** What the trip panel says about a typed radius: clamped to the range, rounded to 10 m, or nothing when taken as typed. */
export function radiusNotice(lang: Language, typed: string, clean: { km: number; change: 'clamped' | 'rounded' | null }): string {
  if (clean.change === 'clamped') return tn(lang, 'radiusClamped', { min: MIN_RADIUS_KM, max: MAX_RADIUS_KM, km: clean.km });
  return clean.change === 'rounded' ? tn(lang, 'radiusRounded', { typed, km: clean.km }) : '';
}
