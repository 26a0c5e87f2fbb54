/** User-facing copy of the episode view (o=<episode id>), in Chinese and English (beside ../national/messages.ts). */
import type { EpisodeScope } from '../../national/episode-scope';
import { isoOfDay } from '../../core/calendar-day';
import type { Language } from '../../url/view-state';
import { messageLookup } from '../shell/i18n';

const MESSAGES = {
  title: { zh: '{unit} {start} – {end} · 峰值 {peak}', en: '{unit} {start} – {end} · peak {peak}' },
  pickerLabel: { zh: '{unit} {start}', en: '{unit} {start}' },
  totalsLabel: { zh: '当天{unit}生效的风险区', en: 'Risk areas in force in {unit} on this day' },
  episodeNote: {
    zh: '官方名单中的一次疫情：{unit}自 {start} 起至 {end} 每天都有风险区（中间最多间隔 {gap} 个有名单而无风险区的日子），{peakDay} 达到峰值 {peak} 个。滑块前后各多显示 {margin} 天。',
    en: 'An outbreak episode of the official lists: {unit} had risk areas in force from {start} to {end} (with gaps of at most {gap} list days without any), peaking at {peak} areas on {peakDay}. The slider adds {margin} days on either side.',
  },
  legendDimmed: {
    zh: '{unit}以外的地区变淡显示，仅作参照；总数和柱状图只计{unit}。',
    en: 'Places outside {unit} are dimmed, shown as context only; the totals and the histogram count {unit} only.',
  },
  legendNoOutline: {
    zh: '{unit}没有可用的边界，地图以其中心为准；其他地区照常显示，仅作参照；总数和柱状图只计{unit}。',
    en: '{unit} has no outline to draw: the map centres on it, other places are shown as context; the totals and the histogram count {unit} only.',
  },
  legendReportPlaces: {
    zh: '地图上同时标出报道《{title}》中当天在列的 {n} 个地点（样式同报道视图，虚线圈为位置的不确定范围）；点击地点可在报道视图中查看。',
    en: 'The map also shows the {n} places of the report "{title}" on this day (styled as in the report\'s view; a dashed ring is how far a place may lie from its point); click one to open it in the report\'s view.',
  },
  reportPlacesList: { zh: '报道中的地点（{n}）', en: "The report's places ({n})" },
  reportView: { zh: '报道中的疫情视图：{title}', en: "The report's view: {title}" },
  officialEpisode: { zh: '官方名单中的这次疫情：{title}', en: 'The official episode: {title}' },
  downloadGeoJson: { zh: '下载本次疫情的风险区（GeoJSON）', en: "Download the episode's areas (GeoJSON)" },
  downloadCsv: { zh: '下载本次疫情的风险区（CSV）', en: "Download the episode's areas (CSV)" },
  downloadWaits: { zh: '单个风险区加载后即可下载', en: 'Downloads are ready once the single areas are in' },
  nationalView: { zh: '全国视图', en: 'National view' },
  loadingEpisodes: { zh: '正在加载疫情列表…', en: 'Loading the episodes…' },
  episodesFailed: { zh: '疫情列表加载失败', en: 'The episodes could not be loaded' },
} as const;

export type EpisodeMessageKey = keyof typeof MESSAGES;

export const te = messageLookup(MESSAGES);

/** 西安市 / Xi'an (西安市): `unitEn` holds the English names made at build time (useEpisodeFile). */
export function unitName(unit: string, lang: Language, unitEn: ReadonlyMap<string, string>): string {
  const en = unitEn.get(unit);
  // "Xi'an Shi" → "Xi'an": the 市 of a prefecture-level city is left to the 汉字 beside it.
  return lang === 'en' && en ? `${en.replace(/ Shi$/, '')} (${unit})` : unit;
}

/** "西安市 2021-12-15 – 2022-01-22 · 峰值 151" / "Xi'an (西安市) 2021-12-15 – 2022-01-22 · peak 151". */
export function episodeTitle(scope: Pick<EpisodeScope, 'unit' | 'start' | 'end' | 'peak'>, lang: Language, unitEn: ReadonlyMap<string, string>): string {
  return te(lang, 'title', { unit: unitName(scope.unit, lang, unitEn), start: isoOfDay(scope.start), end: isoOfDay(scope.end), peak: scope.peak });
}
