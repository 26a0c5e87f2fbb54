/** User-facing copy of the outbreak index (?o=outbreaks), in Chinese and English (beside ../i18n.ts). */
import { messageLookup } from '../shell/i18n';

const MESSAGES = {
  tagline: { zh: '官方中、高风险地区名单中的每一次疫情，按地级市计', en: 'Every outbreak episode of the official risk-area lists, per prefecture' },
  heading: { zh: '疫情一览', en: 'Outbreak index' },
  intro: {
    zh: '一次疫情：同一地级市（或直辖市）从有风险区生效的第一天到最后一天，中间连续无风险区的名单日不超过 {gap} 天。峰值：一天内生效的风险区最多的个数；区域·天：每天生效的风险区个数之和。',
    en: 'An episode: a prefecture (or municipality) from its first to its last day with risk areas in force, with no run of more than {gap} list days without any. Peak: the most areas in force on one day; area-days: the areas in force summed over the days.',
  },
  loading: { zh: '正在加载疫情一览…', en: 'Loading the outbreak index…' },
  loadFailed: { zh: '疫情一览加载失败', en: 'The outbreak index could not be loaded' },
  search: { zh: '搜索地区（汉字、拼音或首字母）', en: 'Search a place (汉字, pinyin or initials)' },
  searchPlaceholder: { zh: '如 西安、xian、xa', en: 'e.g. 西安, xian, xa' },
  province: { zh: '省份', en: 'Province' },
  allProvinces: { zh: '全部省份', en: 'All provinces' },
  year: { zh: '年份', en: 'Year' },
  allYears: { zh: '全部年份', en: 'All years' },
  size: { zh: '规模', en: 'Size' },
  allSizes: { zh: '全部规模', en: 'Any size' },
  peakAtLeast: { zh: '峰值 ≥ {n}', en: 'Peak ≥ {n}' },
  count: { zh: '共 {shown} 次疫情（全部 {total} 次）', en: '{shown} of {total} episodes' },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
  noMatch: { zh: '没有符合条件的疫情。', en: 'No outbreak matches.' },
  downloadCsv: { zh: '下载这 {n} 次疫情（CSV）', en: 'Download these {n} as CSV' },
  caption: { zh: '官方名单中的疫情，每行一次', en: 'Outbreak episodes of the official lists, one a row' },
  colUnit: { zh: '地区', en: 'Place' },
  colProvince: { zh: '省份', en: 'Province' },
  colDates: { zh: '起止日期', en: 'Start – end' },
  colDuration: { zh: '天数', en: 'Days' },
  colPeak: { zh: '峰值', en: 'Peak' },
  colAreaDays: { zh: '区域·天', en: 'Area-days' },
  colCurve: { zh: '每日生效风险区', en: 'Areas in force per day' },
  colNational: { zh: '全国视图', en: 'National view' },
  days: { zh: '{n} 天', en: '{n} d' },
  peakOn: { zh: '{date} 达到峰值', en: 'peak on {date}' },
  atPeak: { zh: '峰值日全国', en: 'China at peak' },
  // Begins with the link's visible text (atPeak), so speech input and screen readers name it alike.
  atPeakLabel: { zh: '峰值日全国：{date}，{unit}的峰值日', en: 'China at peak: {date}, the peak day of {unit}' },
  openEpisode: { zh: '{unit}，{start} 至 {end}', en: '{unit}, {start} to {end}' },
  curveLegend: { zh: '曲线：红色为高风险，橙色为中、高风险合计；灰色竖条为无名单的日子（无数据，不是 0）；每条曲线按其自身峰值缩放。', en: 'Curve: red high risk, orange high and medium together; a grey bar is a day without a list (no data, not 0); each curve is scaled to its own peak.' },
  sortBy: { zh: '按{column}排序', en: 'Sort by {column}' },
  keysHint: { zh: '在列表中可用 ↑ ↓ 键逐行移动，Home / End 到首行、末行。', en: 'In the list, ↑ and ↓ move by row, Home and End to the first and last.' },
  compareToggle: { zh: '比较', en: 'Compare' },
  compareToggleLabel: { zh: '比较{unit}（{start}）', en: 'Compare {unit} ({start})' },
  compareOpen: { zh: '比较所选（{n}）', en: 'Compare chosen ({n})' },
  compareHint: { zh: '勾选 2–6 行的“比较”，再点“比较所选”。', en: 'Tick "Compare" on 2–6 rows, then "Compare chosen".' },
} as const;

export type IndexMessageKey = keyof typeof MESSAGES;

export const ti = messageLookup(MESSAGES);
