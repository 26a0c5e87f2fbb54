/**
 * Mass testing of a whole county or city (文峰区进行全员核酸检测, 我市在全市范围内开展全员核酸筛查, 在船营区、昌邑区开展
 * 三轮全员核酸检测, 扩展至全区所有街道): the curated data records it as a testing-site feature of the area, named
 * `<area>` + the report's words (石峰区全员核酸检测, 丰台区区域核酸筛查). Testing started in named streets or villages
 * (在井龙街道启动全员核酸检测) is about those places, which classify.ts already drafts, so a sub-county place right
 * before the cue keeps the area out.
 */
import type { Status } from '../data/schema';
import type { PlaceMention } from './places';
import { splitClauses } from './sentences';

/** Only testing of everyone (全员, 区域, 三轮, 累计…人次): 协助开展核酸检测采样 is routine work, not a measure. */
const CUE = /(?<verb>启动|开展|进行|完成|组织|实施)[^，,。；;]{0,10}?(?:(?<scope>全员|全民|区域|全域|[一二两三四五六七八九十\d]+轮)核酸(?<word>检测|筛查)|核酸(?<word2>检测|筛查)\d)/u;
/** A measure widened to the whole area in a later clause: 扩展至全区所有街道, 覆盖全市. */
const WIDEN = /(扩展|扩大|覆盖|推开|延伸|拓展)(至|到)?[^，,。；;]{0,2}?(全区|全市|全县|全旗|全域)/u;
/** Words that stand for the report's own area when no name is written. */
const OWN_AREA = /(我市|全市|本市|我区|全区|本区|我县|全县|本县|全旗|我旗|全州|全盟|该区|该县|该市)/u;
/** Places enumerated together (船营区、昌邑区和丰满区). */
const ENUMERATION = /^\s*(、|和|及|与|以及)?\s*$/u;

export interface AreaRef { area: string; level: 'county' | 'city' }

export interface MassTesting extends AreaRef {
  /** Offset whose governing date is the event date. */
  at: number;
  status: Status;
  name: string;
  cue: string;
}

const STATUS_OF: Record<string, Status> = { 启动: 'opened', 开展: 'opened', 实施: 'opened', 进行: 'in-use', 组织: 'in-use', 完成: 'reported' };

/**
 * Mass-testing events of whole areas in one sentence. `ownAreaOf` reads an own-area word (全区, 我市) as the area it
 * stands for in this report (own-area.ts).
 */
export function massTesting(sentence: string, places: PlaceMention[], ownAreaOf: (word: string) => AreaRef | undefined): MassTesting[] {
  const out: MassTesting[] = [];
  const cue = CUE.exec(sentence);
  if (!cue) return out;
  const g = cue.groups!;
  const word = g.word ?? g.word2;
  const scope = g.scope && !/轮$/u.test(g.scope) ? g.scope : '全员';
  const status = STATUS_OF[g.verb];
  const push = (ref: AreaRef, at: number, cueText: string) => {
    const name = `${ref.area}${scope}核酸${word}`;
    if (!out.some((t) => t.name === name && t.at === at)) out.push({ ...ref, at, status, name, cue: cueText });
  };
  // The places right before the cue, with the ones enumerated before them.
  const before = places.filter((p) => p.end <= cue.index).sort((a, b) => a.start - b.start);
  const run: PlaceMention[] = [];
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const next = run[0];
    if (next && !ENUMERATION.test(sentence.slice(before[i].end, next.start))) break;
    run.unshift(before[i]);
  }
  const leaves = run.map((p) => p.pieces[p.pieces.length - 1]);
  if (run.length && leaves.every((l) => l.level === 'county' || l.level === 'city')) {
    for (const l of leaves) push({ area: l.text, level: l.level as AreaRef['level'] }, cue.index, cue[0]);
  } else if (!run.length) {
    const own = OWN_AREA.exec(sentence.slice(0, cue.index));
    const ref = own && ownAreaOf(own[0]);
    if (ref) push(ref, cue.index, cue[0]);
  }
  // 7月31日,在井龙街道启动全员核酸检测,8月1日,扩展至全区所有街道: the widening clause has its own date.
  for (const clause of splitClauses(sentence)) {
    if (clause.start < cue.index) continue;
    const widen = WIDEN.exec(clause.text);
    const ref = widen && ownAreaOf(widen[3]);
    if (widen && ref) push(ref, clause.start + widen.index, widen[0]);
  }
  return out;
}
