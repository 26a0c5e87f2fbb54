/**
 * Kind and status of a place from the cue words around it. Chinese puts the predicate after the places it governs
 * (将A、B划定为高风险地区), so the cue is looked for first after the place in its own clause, then before it in the
 * clause, then in the rest of the sentence; the nearer the cue, the higher the confidence.
 */
import type { Kind, Status } from '../data/schema';
import type { Piece } from './places';
import { splitClauses } from './sentences';

/** Ordered by specificity: 降为低风险 before 低风险, 解除 before 封控区 (封控区、管控区全部解除 is a lifting). */
const STATUS_CUES: Array<[RegExp, Status]> = [
  [/(降为|调整为|降至|下调为|转为)低风险/u, 'low-risk'],
  [/(降为|调整为|降至|下调为|转为)中风险/u, 'medium-risk'],
  [/解封|解除|撤销|解禁|摘帽|清零/u, 'lifted'],
  [/高风险/u, 'high-risk'],
  [/中风险/u, 'medium-risk'],
  [/低风险/u, 'low-risk'],
  [/封控区|封控|封闭管理|封村|封锁/u, 'sealed'],
  [/管控区|(实行|实施|纳入|进行)管控|管控措施/u, 'controlled'],
  [/防范区/u, 'precaution'],
  [/区域管控|区域封控/u, 'regional-control'],
  [/足不出户|静默管理|禁止外出|居家不出/u, 'lockdown'],
  [/(启动|开展|进行|组织).{0,4}核酸(检测|筛查|采样)/u, 'opened'],
  [/设卡|设岗|设立卡点/u, 'opened'],
  [/恢复/u, 'resumed'],
  [/停运|暂停|停售|停止运营|关闭|停课|停业|闭馆|休市/u, 'suspended'],
  [/启用|投用|投入使用|建成|开设|设立|设置|搭建|开放/u, 'opened'],
  [/收治|转运|入住|集中隔离|隔离/u, 'in-use'],
  [/首例|首个.{0,4}(病例|阳性|感染)/u, 'first-case'],
  [/发现|确诊|阳性|感染者|病例/u, 'reported'],
];

/** Statuses that speak about an area (village, compound, county), not about a facility. */
const AREA_STATUSES = new Set<Status>(['high-risk', 'medium-risk', 'low-risk', 'sealed', 'controlled', 'precaution', 'regional-control', 'lockdown', 'lifted', 'first-case', 'reported']);

const WHOLE_AREA_STATUSES = new Set<Status>(['high-risk', 'medium-risk', 'low-risk', 'sealed', 'regional-control', 'lockdown', 'lifted', 'resumed']);

/** Facilities named for their function are in use whenever a dated sentence names them. */
const SITE_KIND: Record<string, Kind> = {
  makeshift: 'makeshift-hospital', quarantine: 'quarantine-site', checkpoint: 'checkpoint', testing: 'testing-site',
  vaccination: 'vaccination-site', service: 'service-point', command: 'command-post', hospital: 'hospital',
  // An airport or station named with a measure is where arrivals are checked (南宁东站设立查验点).
  station: 'checkpoint',
};

export type CueStrength = 'clause-after' | 'clause-before' | 'sentence' | 'kind' | 'none';

export interface Classification {
  kind: Kind;
  status: Status;
  strength: CueStrength;
  /** The cue words found, for the terminal and notes. */
  cue?: string;
}

function findCue(text: string): { status: Status; cue: string; at: number } | undefined {
  for (const [pattern, status] of STATUS_CUES) {
    const m = pattern.exec(text);
    if (m) return { status, cue: m[0], at: m.index };
  }
  return undefined;
}

/** The measure a list header announces (将以下区域划定为高风险区：): its first area cue, if any. */
export function headerCue(text: string): { status: Status; cue: string } | undefined {
  const cue = findCue(text);
  return cue && AREA_STATUSES.has(cue.status) && cue.status !== 'reported' && cue.status !== 'first-case' ? { status: cue.status, cue: cue.cue } : undefined;
}

/** The status cue nearest to the place at [start, end) of the sentence, with how near it was. */
export function statusCue(sentence: string, start: number, end: number): { status: Status; cue: string; strength: CueStrength } | undefined {
  const clauses = splitClauses(sentence);
  const i = clauses.findIndex((c) => c.start <= start && end <= c.end + 1);
  const clause = clauses[i];
  if (clause) {
    const after = findCue(sentence.slice(end, clause.end));
    // 解除A、B的封控措施: the measure named after the place is the one lifted.
    const lifting = after && (after.status === 'sealed' || after.status === 'controlled') ? findCue(sentence.slice(clause.start, start)) : undefined;
    if (after && lifting?.status === 'lifted') return { status: 'lifted', cue: `${lifting.cue}…${after.cue}`, strength: 'clause-after' };
    if (after) return { ...after, strength: 'clause-after' };
    const before = findCue(sentence.slice(clause.start, start));
    if (before) return { ...before, strength: 'clause-before' };
  }
  // Neighbouring clauses, nearest first, the following one before the preceding one.
  const order = clauses.map((c, k) => ({ c, d: k > i ? (k - i) * 2 - 1 : (i - k) * 2 })).filter(({ d }) => d > 0).sort((a, b) => a.d - b.d);
  for (const { c } of order) {
    const cue = findCue(c.text);
    if (cue) return { ...cue, strength: 'sentence' };
  }
  return undefined;
}

/** Words after an area that make it the actor of the sentence, not the place a measure is about. */
const AGENT_AFTER = /^(将|把|对|决定将|研究决定)/u;

/** Verbs right after a command body that make it the author of a notice or a statement. */
const ISSUER_AFTER = /^(?:办公室)?(?:决定|发布|通告|公告|研究|研判|获悉|通报|要求|提醒|关于|第\d+号)/u;

/** A department or a person's role right after an institution: it is their workplace, not an event's place. */
const AFFILIATION_AFTER = /^(的)?(\p{Script=Han}{1,4}(科|系|室)|(\p{Script=Han}{1,4}(部))?(的)?(一名|一位)?(护士|医生|医师|专家|教师|老师|学生|志愿者|职工|员工|主任|院长|校长))/u;

/** A whole-area cue in the clauses after the place (the rest of the sentence), weaker than one in its clause. */
function wholeAreaCue(sentence: string, end: number): { status: Status; cue: string; strength: CueStrength } | undefined {
  for (const c of splitClauses(sentence.slice(end))) {
    const cue = findCue(c.text);
    if (cue && WHOLE_AREA_STATUSES.has(cue.status)) return { status: cue.status, cue: cue.cue, strength: 'sentence' };
  }
  return undefined;
}

/**
 * Case-report verbs right after the area name: it is the subject (我市发现…病例, 额济纳旗在对游客的核酸检测中发现…
 * 阳性人员), not an object (接到…消息).
 */
const CASE_SUBJECT = /^(?:.{0,3}?|在[^，,。；;]{0,24}?中)(新增|发现|检出|出现|发生|报告|确诊)[^，,。；;]{0,14}?(病例|感染者|阳性|疫情)/u;
/** Emergency mobilisation of the area itself: 进入战时状态, 启动应急响应, 召开紧急会议. */
const MOBILISE_SUBJECT = /^[^，,。；;]{0,6}?(战时状态|应急状态|应急响应|紧急会议|应急机制)/u;

export function adminSubjectEvent(sentence: string, end: number): { status: Status; strength: CueStrength; cue: string } | undefined {
  const after = sentence.slice(end);
  const caseReport = CASE_SUBJECT.exec(after);
  if (caseReport) return { status: 'first-case', strength: 'clause-after', cue: caseReport[0] };
  const mobilise = MOBILISE_SUBJECT.exec(after);
  if (mobilise) return { status: 'reported', strength: 'clause-after', cue: mobilise[0] };
  return undefined;
}

/** Kind and status of a place mention, or undefined when nothing in the sentence says what happened to it. */
export function classify(sentence: string, pieces: Piece[], start: number, end: number): Classification | undefined {
  const leaf = pieces[pieces.length - 1];
  const cue = statusCue(sentence, start, end);
  const siteKind = leaf.site ? SITE_KIND[leaf.site] : undefined;
  const quarantineContext = /隔离/u.test(sentence);

  if (leaf.level === 'city' || leaf.level === 'county') {
    const kind: Kind = leaf.level === 'city' ? 'city-control' : 'county-control';
    // A whole county or city carries measures that cover all of it; the measure may sit in a later clause
    // (我市新增病例1例,分区分级有序恢复…), so a whole-area cue anywhere in the sentence is looked for.
    // A cue in an earlier clause speaks of something else (城关镇实现了社会面清零,凤台县疫情得到基本稳控).
    // An area followed by 将/把/对 (广州市将荔湾区白鹤洞街道…划定为中风险地区) is the one acting: the measure is its object's.
    const agent = AGENT_AFTER.test(sentence.slice(end));
    const whole = agent ? undefined : cue && cue.strength !== 'sentence' && WHOLE_AREA_STATUSES.has(cue.status) ? cue : wholeAreaCue(sentence, end);
    if (whole) return { kind, status: whole.status, strength: whole.strength, cue: whole.cue };
    // The admin area as the subject of a case report (我市发现确诊病例, 曹县发生疫情) or of an emergency
    // mobilisation (石峰区连夜召开紧急会议): the draft keeps only the earliest such event per area (see draft.ts),
    // because later daily case counts of a whole city are statistics, not events.
    const subject = adminSubjectEvent(sentence, end);
    if (subject) return { kind, ...subject };
    return undefined;
  }
  // A venue (景区, 市场, 商场) closed, reopened or put under a measure: the measure is on the place itself.
  if (leaf.site === 'venue') return cue ? { kind: 'risk-area', status: cue.status, strength: cue.strength, cue: cue.cue } : undefined;
  // The body that issues the notice (指挥部决定…, 记者从…指挥部获悉) is its author, not a command post set up that day.
  if (siteKind === 'command-post' && (ISSUER_AFTER.test(sentence.slice(end)) || /(从|据|经)$/u.test(sentence.slice(0, start)))) return undefined;
  if (siteKind && siteKind !== 'hospital') {
    const status = cue && !AREA_STATUSES.has(cue.status) ? cue.status : 'in-use';
    return { kind: siteKind, status, strength: cue ? cue.strength : 'kind', cue: cue?.cue };
  }
  if (siteKind === 'hospital' || leaf.site === 'hotel' || leaf.site === 'school') {
    // A school or hotel in a quarantine sentence is a quarantine site; a hospital needs a treatment cue.
    if ((leaf.site === 'hotel' || leaf.site === 'school') && quarantineContext && (!cue || !/风险|封控|管控/u.test(cue.cue))) {
      return { kind: 'quarantine-site', status: cue && !AREA_STATUSES.has(cue.status) ? cue.status : 'in-use', strength: cue ? cue.strength : 'kind', cue: cue?.cue };
    }
    if (siteKind === 'hospital' && /定点|收治|救治|治愈|出院/u.test(sentence)) {
      return { kind: 'hospital', status: cue && !AREA_STATUSES.has(cue.status) ? cue.status : 'in-use', strength: cue ? cue.strength : 'kind', cue: cue?.cue };
    }
  }
  // A case found in a village or compound (杨孔村发现确诊病例后) is what makes it a risk area: its first case.
  if (leaf.level !== 'site') {
    const subject = adminSubjectEvent(sentence, end);
    if (subject?.status === 'first-case' && (!cue || !WHOLE_AREA_STATUSES.has(cue.status))) return { kind: 'risk-area', ...subject };
  }
  // Mass testing started in a street or community makes it a testing site (在井龙街道启动全员核酸检测).
  if (cue && cue.status === 'opened' && /核酸/u.test(cue.cue)) return { kind: 'testing-site', status: 'opened', strength: cue.strength, cue: cue.cue };
  // A hospital or school named as someone's workplace or origin (市肿瘤医院麻醉科的一名护士, 来自郑州大学的志愿者)
  // says nothing happened there.
  if (leaf.site && (!cue || cue.strength === 'sentence') && (AFFILIATION_AFTER.test(sentence.slice(end)) || /(来自|来源于)$/u.test(sentence.slice(0, start)))) return undefined;
  // A dated sentence that names a village, community or site without a cue still records that it was reported
  // there that day; the draft gives it a low confidence. 隔离/转运 said of a village is about people, not a measure.
  if (!cue || !AREA_STATUSES.has(cue.status)) {
    if (leaf.level === 'township' || leaf.level === 'village' || leaf.level === 'compound' || leaf.site) {
      return { kind: siteKind ?? (leaf.site === 'hotel' ? 'quarantine-site' : 'risk-area'), status: 'reported', strength: 'none' };
    }
    return undefined;
  }
  return { kind: 'risk-area', status: cue.status, strength: cue.strength, cue: cue.cue };
}
