/** All user-facing copy in Chinese and English. Data text (names, quotes) is never taken from here. */
import type { Kind, Precision, Status } from '../../data/schema';
import type { FirstCaseBasis, FirstCaseDay } from '../../model/first-case';
import type { IgnoredParameter } from '../../url/codec';
import { CENTRE_BOUNDS, MAX_SEARCH_LENGTH, MAX_VALUE_LENGTH, ZOOM_RANGE, type SharedReason } from '../../url/keys';
import type { Language } from '../../url/view-state';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;

export const KIND_LABELS: Labels<Kind> = {
  'risk-area': { zh: '风险区域', en: 'Risk area' },
  'county-control': { zh: '县区管控', en: 'County-wide control' },
  'city-control': { zh: '全市措施', en: 'City-wide measure' },
  'quarantine-site': { zh: '隔离点', en: 'Quarantine site' },
  checkpoint: { zh: '卡口', en: 'Checkpoint' },
  hospital: { zh: '定点医院', en: 'Hospital' },
  'makeshift-hospital': { zh: '方舱医院', en: 'Makeshift hospital' },
  'testing-site': { zh: '核酸检测点', en: 'Testing site' },
  'vaccination-site': { zh: '接种点', en: 'Vaccination site' },
  'service-point': { zh: '服务点', en: 'Service point' },
  'command-post': { zh: '指挥部', en: 'Command post' },
  transport: { zh: '公共交通', en: 'Public transport' },
};

export const STATUS_LABELS: Labels<Status> = {
  'first-case': { zh: '首例', en: 'First case' },
  reported: { zh: '提及', en: 'Reported' },
  'high-risk': { zh: '高风险', en: 'High risk' },
  'medium-risk': { zh: '中风险', en: 'Medium risk' },
  'low-risk': { zh: '低风险', en: 'Low risk' },
  sealed: { zh: '封控区', en: 'Sealed' },
  controlled: { zh: '管控区', en: 'Controlled' },
  precaution: { zh: '防范区', en: 'Precaution' },
  'regional-control': { zh: '区域管控', en: 'Regional control' },
  lockdown: { zh: '足不出户', en: 'Stay-at-home' },
  opened: { zh: '启用', en: 'Opened' },
  'in-use': { zh: '使用中', en: 'In use' },
  closed: { zh: '关闭', en: 'Closed' },
  suspended: { zh: '停运', en: 'Suspended' },
  'partly-resumed': { zh: '部分恢复', en: 'Partly resumed' },
  resumed: { zh: '恢复', en: 'Resumed' },
  lifted: { zh: '解除', en: 'Lifted' },
};

export const PRECISION_LABELS: Labels<Precision> = {
  exact: { zh: '精确', en: 'Exact' },
  neighbourhood: { zh: '街区', en: 'Neighbourhood' },
  village: { zh: '村', en: 'Village' },
  township: { zh: '乡镇级', en: 'Township' },
  county: { zh: '县区级', en: 'County' },
  city: { zh: '市级', en: 'City' },
};

const MESSAGES = {
  // Shared by the header and the time controls of every view.
  exportAnimation: { zh: '导出动画', en: 'Export animation' },
  amapNote: { zh: 'GCJ-02 底图；本图的 WGS-84 数据为显示已相应偏移', en: 'GCJ-02; our WGS-84 data shifted for display' },
  allChina: { zh: '全国', en: 'All China' },
  pickerEntry: { zh: '疫情一览（官方名单）', en: 'Outbreak index (official lists)' },
  basemapAmap: { zh: '高德地图', en: 'AMap (高德)' },
  dateInvalid: { zh: '“{date}”不是有效日期（格式：2022-11-30）', en: '"{date}" is not a valid date (format: 2022-11-30)' },
  dateClamped: { zh: '{date} 超出范围，已调整为 {clamped}', en: '{date} is outside the range; moved to {clamped}' },
  typedDate: { zh: '输入日期', en: 'Type a date' },
  appTitle: { zh: '疫情地图', en: 'Outbreak Atlas' },
  tagline: { zh: '五次本地疫情的防控措施，逐日呈现', en: 'How five local outbreaks were contained, day by day' },
  loading: { zh: '正在加载数据…', en: 'Loading data…' },
  loadFailed: { zh: '数据加载失败', en: 'The data could not be loaded' },
  retry: { zh: '重试', en: 'Try again' },
  viewFailed: { zh: '页面显示出错，这一视图无法继续显示。', en: 'Something went wrong while showing this view.' },
  viewFailedHome: { zh: '回到默认视图', en: 'Back to the default view' },
  allOutbreaks: { zh: '全部疫情', en: 'All outbreaks' },
  outbreak: { zh: '疫情', en: 'Outbreak' },
  outbreakPickerHint: { zh: '方向键选择，回车键打开', en: 'Arrow keys choose, Enter opens' },
  date: { zh: '日期', en: 'Date' },
  play: { zh: '播放', en: 'Play' },
  pause: { zh: '暂停', en: 'Pause' },
  stepBack: { zh: '前一天', en: 'Previous day' },
  stepForward: { zh: '后一天', en: 'Next day' },
  firstEvent: { zh: '第一个事件', en: 'First event' },
  lastEvent: { zh: '最后一个事件', en: 'Last event' },
  speed: { zh: '速度', en: 'Speed' },
  align: { zh: '时间轴', en: 'Timeline' },
  alignCalendar: { zh: '日历日期', en: 'Calendar dates' },
  alignFirstCase: { zh: '自首例起第几天', en: 'Days since first case' },
  dayN: { zh: '第 {n} 天', en: 'Day {n}' },
  filters: { zh: '筛选', en: 'Filters' },
  kind: { zh: '类型', en: 'Kind' },
  status: { zh: '状态', en: 'Status' },
  precision: { zh: '定位精度', en: 'Location precision' },
  search: { zh: '搜索地名（汉字、拼音或首字母）', en: 'Search names (汉字, pinyin or initials)' },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
  matchesShown: { zh: '找到 {total} 处，列出前 {n} 处', en: '{total} matches, the first {n} listed' },
  searchMatches: { zh: '搜索结果：方向键选择，回车打开', en: 'Matches: arrow keys choose, Enter opens' },
  showLifted: { zh: '显示已解除的措施', en: 'Show lifted measures' },
  noMatch: { zh: '没有符合筛选条件的地点', en: 'No features match these filters' },
  nothingOnDate: { zh: '这一天没有生效的措施', en: 'No measure in force on this date' },
  onMapWithDraft: { zh: '地图上 {places} + {candidates}', en: 'Shown: {places} + {candidates}' },
  changedToday: { zh: '当天变化', en: 'What changed today' },
  noChangeToday: { zh: '当天没有变化', en: 'No change on this day' },
  legend: { zh: '图例', en: 'Legend' },
  clusterNote: { zh: '数字圆 = 该处附近当天在地图上的地点数；点击放大', en: 'Numbered circle = places near here shown on this day; click to zoom in' },
  uncertainty: { zh: '虚线圆圈或虚线环 = 位置为近似（村、乡镇、县区或城市级）', en: 'Dashed circle or ring = approximate location (village, township, county or city level)' },
  ended: { zh: '淡色 = 已解除', en: 'Faded = lifted or closed' },
  close: { zh: '关闭', en: 'Close' },
  noStatus: { zh: '状态未知', en: 'no status' },
  history: { zh: '事件记录', en: 'Event history' },
  reportText: { zh: '报道原文', en: 'Report text' },
  geometrySource: { zh: '位置来源', en: 'Location source' },
  approximate: { zh: '位置为近似：只知道到{p}', en: 'Approximate location: known only to {p} level' },
  flagged: { zh: '存疑', en: 'Uncertain' },
  copyLink: { zh: '复制链接', en: 'Copy link' },
  moreControls: { zh: '更多选项', en: 'More options' },
  copied: { zh: '已复制', en: 'Copied' },
  exportGeoJson: { zh: '导出 GeoJSON', en: 'Export GeoJSON' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  basemap: { zh: '底图', en: 'Basemap' },
  basemapOsm: { zh: 'OpenStreetMap 在线', en: 'OpenStreetMap (online)' },
  basemapOffline: { zh: '离线轮廓图', en: 'Offline outlines' },
  offlineFallback: { zh: '在线底图无法加载，已切换到离线轮廓图', en: 'Map tiles could not load; showing the offline outline map' },
  language: { zh: 'English', en: '中文' },
  eventsPerDay: { zh: '每日事件数', en: 'Events per day' },
  draftEventsPerDay: { zh: '审核中草稿的事件', en: 'Events of the draft under review' },
  mapKeys: { zh: '地图：方向键平移，加号和减号缩放，Tab 键依次到达各地点', en: 'Map: arrow keys pan, plus and minus zoom, Tab goes through the places' },
  histogramKeys: { zh: '每日事件数与新增确诊：方向键选择日期，回车跳到该日', en: 'Events and new cases per day: arrow keys choose a day, Enter goes to it' },
  newCases: { zh: '新增确诊', en: 'New confirmed cases' },
  yearInferred: { zh: '年份为推断：{e}', en: 'Year inferred: {e}' },
  dismiss: { zh: '知道了', en: 'Dismiss' },
  ignoredIntro: { zh: '链接中有部分内容无法使用，已忽略：', en: 'Parts of this link could not be used and were ignored:' },
  reportLoading: { zh: '正在加载原文…', en: 'Loading the report…' },
  reportFailed: { zh: '原文无法加载', en: 'The report text could not be loaded' },
  quoteNotFound: { zh: '原文中未找到该引文', en: 'Quote not found in the report text' },
  cases: { zh: '病例', en: 'cases' },
} satisfies Labels<string>;

export type MessageKey = keyof typeof MESSAGES;

/** A message with its `{name}` placeholders filled in (every message table of the UI uses this). */
export const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

/** The lookup of one view's message table: `(lang, key, values)` → the message in that language, filled in. */
export function messageLookup<K extends string>(messages: Readonly<Record<K, { readonly zh: string; readonly en: string }>>) {
  return (lang: Language, key: K, values: Record<string, string | number> = {}): string => fill(messages[key][lang], values);
}

export function t(lang: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  return fill(MESSAGES[key][lang], values);
}

/** Copy that counts something: English has a singular and a plural form, Chinese one form. */
const COUNTED = {
  daysPerSecond: { zh: '{n} 天/秒', en: { one: '{n} day/s', other: '{n} days/s' } },
  visibleCount: { zh: '地图上 {n} 处', en: { one: '{n} place on the map', other: '{n} places on the map' } },
  places: { zh: '{n} 处地点', en: { one: '{n} place', other: '{n} places' } },
  draftCandidates: { zh: '草稿候选 {n} 个', en: { one: '{n} draft candidate', other: '{n} draft candidates' } },
  events: { zh: '{n} 个事件', en: { one: '{n} event', other: '{n} events' } },
  matches: { zh: '找到 {n} 处', en: { one: '{n} match', other: '{n} matches' } },
  newCases: { zh: '新增确诊 {n} 例', en: { one: '{n} new confirmed case', other: '{n} new confirmed cases' } },
  placesNear: { zh: '{place}附近 {n} 处', en: { one: '{n} place near {place}', other: '{n} places near {place}' } },
} satisfies Record<string, { zh: string; en: { one: string; other: string } }>;

export type CountedKey = keyof typeof COUNTED;
const englishPlural = new Intl.PluralRules('en');

/** `t` for a count `n`: "1 day/s", "2 days/s". */
export function tn(lang: Language, key: CountedKey, n: number, values: Record<string, string | number> = {}): string {
  const forms = COUNTED[key];
  const text = lang === 'zh' ? forms.zh : englishPlural.select(n) === 'one' ? forms.en.one : forms.en.other;
  return fill(text, { ...values, n });
}

/** What day 0 of "days since first case" stands on, for the legend or the label of the aligned timeline. */
const FIRST_CASE_BASIS: Labels<FirstCaseBasis> = {
  'first-case-event': { zh: '第 0 天 = 报道所记首例病例之日（{date}）', en: 'Day 0 = the day of the first case the report records ({date})' },
  'first-case-count': { zh: '第 0 天 = 报道首次给出新增病例数之日（{date}）', en: 'Day 0 = the first day the report gives new cases for ({date})' },
  'period-start': { zh: '第 0 天 = 报道所述时段的第一天（{date}）；报道未写首例病例日期', en: 'Day 0 = the first day the report covers ({date}); it dates no first case' },
};

export function firstCaseBasisText(first: FirstCaseDay, lang: Language): string {
  return FIRST_CASE_BASIS[first.basis][lang].replace('{date}', first.date);
}

/** Reasons every view gives for the keys they share (src/url/keys.ts): a number out of its range says the range. */
export const SHARED_IGNORED_REASONS: Labels<SharedReason> = {
  'too-long': { zh: `超过 ${MAX_VALUE_LENGTH} 个字符，未使用`, en: `longer than ${MAX_VALUE_LENGTH} characters; not used` },
  'zoom-out-of-range': { zh: `缩放级别须为 ${ZOOM_RANGE.min}–${ZOOM_RANGE.max} 之间的整数`, en: `the zoom must be a whole number from ${ZOOM_RANGE.min} to ${ZOOM_RANGE.max}` },
  'centre-out-of-range': {
    zh: `中心点须为“纬度,经度”，纬度 −${CENTRE_BOUNDS.lat} 至 ${CENTRE_BOUNDS.lat}，经度 −${CENTRE_BOUNDS.lon} 至 ${CENTRE_BOUNDS.lon}`,
    en: `the centre must be "lat,lon" with latitude −${CENTRE_BOUNDS.lat} to ${CENTRE_BOUNDS.lat} and longitude −${CENTRE_BOUNDS.lon} to ${CENTRE_BOUNDS.lon}`,
  },
  'unpaired-view': { zh: '缩放级别（z）和中心点（c）须同时给出', en: 'the zoom (z) and the centre (c) go together; the other is missing' },
  'search-too-long': { zh: `搜索词最多 ${MAX_SEARCH_LENGTH} 个字符，未使用`, en: `a search is at most ${MAX_SEARCH_LENGTH} characters; not used` },
  'unknown-key': { zh: '未知参数', en: 'unknown parameter' },
  'bad-date': { zh: '不是有效日期', en: 'not a valid date' },
  'date-clamped': { zh: '超出时间范围，已调整到最近的日期', en: 'outside the period; moved to the nearest day' },
  'bad-number': { zh: '不是有效数字', en: 'not a valid number' },
  'unknown-value': { zh: '未知取值', en: 'unknown value' },
  'unsafe-text': { zh: '含有不允许的字符', en: 'contains characters that are not allowed' },
};

const IGNORED_REASONS: Labels<IgnoredParameter['reason']> = {
  ...SHARED_IGNORED_REASONS,
  'unknown-outbreak': { zh: '没有这个疫情，显示全部', en: 'no such outbreak; showing all' },
  'unknown-feature': { zh: '没有这个地点', en: 'no such feature' },
};

/** One line of the "not used from the link" notice, for any view: `key=value: reason`, a long value cut at 40. */
export function ignoredLine(key: string, value: string, reason: string): string {
  return `${key}=${value.length > 40 ? `${value.slice(0, 40)}…` : value}: ${reason}`;
}

export function describeIgnored(item: IgnoredParameter, lang: Language): string {
  return ignoredLine(item.key, item.value, IGNORED_REASONS[item.reason][lang]);
}
