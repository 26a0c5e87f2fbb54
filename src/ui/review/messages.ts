/** The review panel's copy in Chinese and English, and the messages for files it cannot open. */
import type { ReviewFileError } from '../../model/review-files';
import type { Language } from '../../url/view-state';
import { messageLookup } from '../shell/i18n';

const MESSAGES = {
  openDraft: { zh: '审核草稿…', en: 'Review a draft…' },
  openDraftHint: { zh: '打开 npm run ingest 生成的草稿（.geojson）及其原文（.report.txt），或把文件拖到地图上。文件只在本浏览器中读取，不会上传。', en: 'Open a draft written by npm run ingest (.geojson) and its report text (.report.txt), or drop the files on the map. Files are read in this browser only; nothing is uploaded.' },
  openReport: { zh: '打开原文…', en: 'Open the report text…' },
  dropHere: { zh: '松开以打开草稿（.geojson）或原文（.txt）', en: 'Drop a draft (.geojson) or its report text (.txt)' },
  draftTitle: { zh: '审核草稿', en: 'Reviewing a draft' },
  closeDraft: { zh: '关闭草稿', en: 'Close the draft' },
  closeUnsaved: { zh: '草稿有未保存的修改，先保存或再按一次关闭以放弃', en: 'The draft has unsaved changes: save it, or press close again to discard them' },
  counts: { zh: '待审 {pending} · 采用 {accepted} · 舍弃 {rejected}', en: '{pending} pending · {accepted} accepted · {rejected} rejected' },
  candidates: { zh: '候选地点', en: 'Candidates' },
  confidence: { zh: '置信度', en: 'confidence' },
  draftBadge: { zh: '草稿', en: 'draft' },
  accept: { zh: '采用', en: 'Accept' },
  reject: { zh: '舍弃', en: 'Reject' },
  undoReview: { zh: '改回待审', en: 'Back to pending' },
  reviewState: { zh: '审核', en: 'Review' },
  state_pending: { zh: '待审', en: 'Pending' },
  state_accepted: { zh: '已采用', en: 'Accepted' },
  state_rejected: { zh: '已舍弃', en: 'Rejected' },
  kindOnlyArea: { zh: '区域的类型由其边界决定，不能改', en: 'An area keeps the kind its outline was drawn for' },
  events: { zh: '事件', en: 'Events' },
  eventDate: { zh: '日期', en: 'Date' },
  eventStatus: { zh: '状态', en: 'Status' },
  showQuote: { zh: '在原文中显示', en: 'Show in the report' },
  quote: { zh: '引文', en: 'Quote' },
  toolNote: { zh: '工具说明', en: 'Tool note' },
  location: { zh: '位置', en: 'Location' },
  placedByReviewer: { zh: '审核人放置', en: 'placed by the reviewer' },
  movePoint: { zh: '拖动地图上的点，或把地图中心对准该地后：', en: 'Drag the point on the map, or centre the map on the place and:' },
  placeAtCentre: { zh: '放到地图中心', en: 'Place at the map centre' },
  movedTo: { zh: '新位置 {lon}, {lat}（WGS-84）：请说明精度和依据', en: 'Moved to {lon}, {lat} (WGS-84): state its precision and what it rests on' },
  precisionChoose: { zh: '请选择精度…', en: 'Choose the precision…' },
  noteZh: { zh: '依据（中文）', en: 'What it rests on (Chinese)' },
  noteEn: { zh: '依据（英文）', en: 'What it rests on (English)' },
  notePlaceholderZh: { zh: '例如：按村委会所在位置放置', en: 'e.g. 按村委会所在位置放置' },
  notePlaceholderEn: { zh: '例如：placed at the village committee', en: 'e.g. placed at the village committee' },
  applyPlacement: { zh: '确定位置', en: 'Place it here' },
  undoMove: { zh: '撤销移动', en: 'Undo the move' },
  needPrecision: { zh: '请选择精度（审核人自己判断，不自动推断）', en: 'Choose the precision (your judgement; it is never inferred)' },
  needNoteZh: { zh: '请用中文写明依据', en: 'Write what it rests on in Chinese' },
  needNoteEn: { zh: '请用英文写明依据', en: 'Write what it rests on in English' },
  report: { zh: '原文', en: 'Report text' },
  reportLoaded: { zh: '{name}（{encoding}）：找到草稿 {total} 条引文中的 {found} 条', en: '{name} ({encoding}): {found} of the draft\'s {total} quotes found' },
  noReport: { zh: '草稿引用的 {path} 不在浏览器中。只显示引文；打开 ingest 写在草稿旁的 {id}.report.txt 可在原文中查看。', en: 'The draft cites {path}, which the browser does not have. Quotes are shown alone; open the {id}.report.txt that ingest wrote beside the draft to see them in the report.' },
  quoteMissing: { zh: '这段引文不在已打开的原文中', en: 'This quote is not in the opened report text' },
  onThisDay: { zh: '草稿中当天的事件', en: 'Draft events on this day' },
  noneOnThisDay: { zh: '草稿中当天没有事件', en: 'No draft event on this day' },
  undated: { zh: '未注明日期的地点（不在地图上）', en: 'Places named without a date (not on the map)' },
  toolNotes: { zh: '工具的说明', en: 'Notes from the tool' },
  source: { zh: '来源（种子文件名）', en: 'Source (seed file name)' },
  sourceHint: { zh: 'npm run validate 不接受 draft: 来源：请填写原文在 seeds 中的文件名（NNN_<16 位十六进制>.txt）。', en: 'npm run validate refuses a draft: source: type the report\'s file name among the seeds (NNN_<16 hex>.txt).' },
  sourceInvalid: { zh: '格式应为 NNN_<16 位十六进制>.txt 或 draft:<文件名>', en: 'Use NNN_<16 hex>.txt, or draft:<file name>' },
  save: { zh: '保存审核结果（下载 .geojson）', en: 'Save the review (download .geojson)' },
  saved: { zh: '已保存 {name}：已舍弃的地点不在文件中。', en: 'Saved {name}: rejected places are left out of it.' },
  savePending: { zh: '还有 {n} 处待审：npm run validate 会在全部审核完之前拒绝此文件；可随时再打开此文件继续审核。', en: '{n} still pending: npm run validate refuses the file until every place is reviewed; open the saved file again to go on.' },
  saveNext: { zh: '下一步：把它放进 geo/outbreaks/，把原文放成 {report}，然后运行 npm run validate。', en: 'Next: put it in geo/outbreaks/, the report text as {report}, and run npm run validate.' },
  saveMoved: { zh: '无法保存：{names} 已移动，但尚未说明精度和依据', en: 'Cannot save: {names} moved without a stated precision and note' },
  saveInvalid: { zh: '无法保存，文件不符合草稿格式：{issues}', en: 'Cannot save: the file breaks the draft schema: {issues}' },
  accepted: { zh: '已采用 {name}', en: '{name} accepted' },
  rejected: { zh: '已舍弃 {name}', en: '{name} rejected' },
  pendingAgain: { zh: '{name} 改回待审', en: '{name} back to pending' },
  dismiss: { zh: '知道了', en: 'Dismiss' },
  listKeys: { zh: '列表中用 ↑ ↓ Home End 移动，回车打开候选地点', en: 'In the list, ↑ ↓ Home End move and Enter opens a candidate' },
  sections: { zh: '通告的小节', en: 'Sections of the notice' },
  ungrouped: { zh: '不属任何小节的地点', en: 'Not listed under a section' },
  sectionFound: { zh: '找到 {found} 处', en: '{found} found' },
  sectionFoundStated: { zh: '找到 {found} 处，通告写明 {count} 处', en: '{found} found, the notice states {count}' },
  sectionMismatch: { zh: '数目不符：请对照原文查看是否有漏列或重复的地点', en: 'the numbers differ: check the notice for places missed or listed twice' },
  sectionAccept: { zh: '采用本节待审的 {n} 处', en: 'Accept the {n} pending' },
  sectionReject: { zh: '舍弃本节待审的 {n} 处', en: 'Reject the {n} pending' },
  sectionAccepted: { zh: '“{heading}”：已采用 {n} 处待审地点', en: '{heading}: {n} pending places accepted' },
  sectionRejected: { zh: '“{heading}”：已舍弃 {n} 处待审地点', en: '{heading}: {n} pending places rejected' },
  todayMore: { zh: '另有 {n} 条未在此列出：见上方的候选地点列表', en: '{n} more not listed here: see the candidates above' },
} satisfies Record<string, { zh: string; en: string }>;

export type ReviewMessageKey = keyof typeof MESSAGES;

export const rt = messageLookup(MESSAGES);

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** What went wrong with a file, for the reader: says what the file was taken for and what to do. */
export function fileErrorText(error: ReviewFileError, fileName: string, lang: Language): string {
  const zh = lang === 'zh';
  switch (error.code) {
    case 'too-large':
      return zh ? `${fileName} 有 ${megabytes(error.size)} MB，超过 ${megabytes(error.limit)} MB 的上限，未打开。草稿或原文不会这么大：请确认文件是否正确。`
        : `${fileName} is ${megabytes(error.size)} MB, over the ${megabytes(error.limit)} MB limit, and was not opened. No draft or report is that large: check that it is the right file.`;
    case 'empty':
      return zh ? `${fileName} 是空文件，未打开。` : `${fileName} is empty and was not opened.`;
    case 'not-json':
      return zh ? `${fileName} 不是 GeoJSON（不是 UTF-8 的 JSON 文本），未打开。请打开 npm run ingest 生成的 .geojson 草稿。`
        : `${fileName} is not GeoJSON (not JSON text in UTF-8) and was not opened. Open a .geojson draft written by npm run ingest.`;
    case 'not-geojson':
      return zh ? `${fileName} 是 JSON，但不是 GeoJSON 要素集合（FeatureCollection），未打开。` : `${fileName} is JSON but not a GeoJSON FeatureCollection, and was not opened.`;
    case 'curated-file':
      return zh ? `${fileName} 是已审核的疫情文件，不是草稿：其中没有待审的地点。` : `${fileName} is a curated outbreak file, not a draft: it has nothing to review.`;
    case 'not-draft':
      return zh ? `${fileName} 不符合草稿格式（src/data/draft-schema.ts），未打开：${error.issues.zh.join('；')}`
        : `${fileName} does not follow the draft schema (src/data/draft-schema.ts) and was not opened: ${error.issues.en.join('; ')}`;
    case 'report-encoding':
      return zh ? `${fileName} 的编码无法识别（不是 UTF-8、UTF-16 或 GB18030，按 GB18030 读也找不到草稿的引文），未打开。请先转成 UTF-8（如 iconv -f BIG5 -t UTF-8）。`
        : `${fileName} is in an encoding the app cannot read (not UTF-8, UTF-16 or GB18030; read as GB18030 it holds none of the draft's quotes) and was not opened. Convert it to UTF-8 first (e.g. iconv -f BIG5 -t UTF-8).`;
    case 'report-mismatch':
      return zh ? `${fileName}（${error.encoding}）中没有草稿的任何一条引文：它不是这份草稿的原文，未打开。请打开 ingest 写在草稿旁的 .report.txt。`
        : `${fileName} (${error.encoding}) holds none of the draft's quotes: it is not this draft's report and was not opened. Open the .report.txt that ingest wrote beside the draft.`;
    case 'report-without-draft':
      return zh ? `${fileName} 是原文：请先打开草稿（.geojson），或把两个文件一起拖进来。` : `${fileName} is a report text: open the draft (.geojson) first, or drop both files together.`;
  }
}
