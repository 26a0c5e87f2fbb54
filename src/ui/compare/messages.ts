/** User-facing copy of the compare view (o=compare), in Chinese and English. */
import { messageLookup } from '../shell/i18n';

const MESSAGES = {
  heading: { zh: '比较疫情', en: 'Compare outbreaks' },
  intro: {
    zh: '每条曲线是一次疫情每天生效的风险区数（高风险 + 中风险），按"开始后第几天"对齐：官方疫情从首次列入名单算起，报道中的疫情从首例病例算起。没有名单的日子是空缺（无数据），不是 0。',
    en: 'Each curve is an outbreak\'s risk areas in force per day (high + medium), aligned on days since its start: an official episode from its first listing, a report outbreak from its first case. A day without any list is a gap (no data), never 0.',
  },
  empty: {
    zh: '请至少选择两次疫情（最多 {max} 次）：在上面的搜索框中按地名、拼音或日期查找并添加，或在疫情列表中勾选“比较”。',
    en: 'Pick at least two outbreaks (at most {max}): search above by place, pinyin or date and add them, or tick "Compare" in the outbreak index.',
  },
  dropped: { zh: '链接中的 {ids} 无法识别或重复，已忽略。', en: 'Ignored from the link (unknown or repeated): {ids}.' },
  dismiss: { zh: '知道了', en: 'Dismiss' },
  searchLabel: { zh: '添加疫情', en: 'Add an outbreak' },
  searchPlaceholder: { zh: '地名、拼音或日期，如 西安 / xian / 2022-04', en: 'Place, pinyin or date, e.g. xian / 2022-04' },
  add: { zh: '添加', en: 'Add' },
  remove: { zh: '移除 {name}', en: 'Remove {name}' },
  full: { zh: '已选 {max} 次，请先移除一次', en: '{max} chosen: remove one first' },
  chosen: { zh: '已选的疫情', en: 'Chosen outbreaks' },
  scale: { zh: '纵轴', en: 'Scale' },
  linear: { zh: '线性', en: 'Linear' },
  log: { zh: '对数', en: 'Log' },
  logRule: { zh: '对数轴从 1 开始：0 个风险区的日子画在底线上（与 1 相同）。', en: 'The log axis starts at 1: a day with 0 areas is drawn on the floor (as 1 is).' },
  cursor: { zh: '第 {n} 天', en: 'Day {n}' },
  cursorLabel: { zh: '开始后第几天', en: 'Days since start' },
  chartLabel: { zh: '各次疫情每天生效的风险区', en: 'Risk areas in force per day of each outbreak' },
  tableCaption: { zh: '开始后第 {n} 天的数值', en: 'Values on day {n} since start' },
  colOutbreak: { zh: '疫情', en: 'Outbreak' },
  colDate: { zh: '日期', en: 'Date' },
  colValue: { zh: '数值', en: 'Value' },
  areas: { zh: '{n} 个风险区', en: '{n} areas' },
  events: { zh: '{n} 条事件', en: '{n} events' },
  noList: { zh: '无名单（无数据）', en: 'no list (no data)' },
  outside: { zh: '不在范围内', en: 'outside its span' },
  sourceEpisode: { zh: '官方疫情', en: 'official episode' },
  sourceReportEpisode: { zh: '报道；曲线为官方疫情 {id}，第 0 天为首例', en: 'report; curve of official episode {id}, day 0 its first case' },
  sourceReportEvents: { zh: '报道；无对应官方疫情，曲线为报道中每天的事件数', en: 'report; no official episode covers it, curve of its own events per day' },
  index: { zh: '疫情列表', en: 'Outbreak index' },
  loading: { zh: '正在加载疫情列表…', en: 'Loading the episodes…' },
  loadFailed: { zh: '疫情列表加载失败', en: 'The episodes could not be loaded' },
  axisDays: { zh: '开始后天数', en: 'days since start' },
} as const;

export type CompareMessageKey = keyof typeof MESSAGES;

export const tc = messageLookup(MESSAGES);
