/**
 * Mass testing of a whole county or city (文峰区进行全员核酸检测, 我市在全市范围内开展全员核酸筛查, 扩展至全区所有
 * 街道): the curated data records it as a testing-site feature of the area, named `<area>全员核酸检测`. Testing
 * started in named streets or villages (在井龙街道启动全员核酸检测) is about those places, which classify.ts
 * already drafts, so a sub-county place between the area and the cue keeps the area out.
 */
import type { Status } from '../data/schema';
import type { PlaceMention } from './places';
import { splitClauses } from './sentences';

/** Only testing of everyone (全员, 三轮, 累计…人次): 协助开展核酸检测采样 is routine work, not a measure. */
const CUE = /(?<verb>启动|开展|进行|完成|组织|实施)[^，,。；;]{0,8}?(?:(?:全员|全民|区域|全域|[一二两三四五六七八九十\d]+轮)核酸(?<word>检测|筛查)|核酸(?<word2>检测|筛查)\d)/u;
/** A measure widened to the whole area in a later clause: 扩展至全区所有街道, 覆盖全市. */
const WIDEN = /(扩展|扩大|覆盖|推开|延伸|拓展)(至|到)?[^，,。；;]{0,2}?(全区|全市|全县|全域)/u;
/** Words that stand for the report's own area when no name is written. */
const OWN_AREA = /(我市|全市|本市|我区|全区|本区|我县|全县|本县|该区|该县|该市)/u;

export interface MassTesting {
  /** Area name as drafted (石峰区, 安阳市); the feature is `${area}全员核酸${word}`. */
  area: string;
  level: 'county' | 'city';
  /** Offset whose governing date is the event date. */
  at: number;
  status: Status;
  name: string;
  cue: string;
}

const STATUS_OF: Record<string, Status> = { 启动: 'opened', 开展: 'opened', 实施: 'opened', 进行: 'in-use', 组织: 'in-use', 完成: 'reported' };

/**
 * Mass-testing events of whole areas in one sentence. `homeCounty` is the county the report is mostly about
 * (全区 without a name means it), `city` the report's city.
 */
export function massTesting(sentence: string, places: PlaceMention[], city: string, homeCounty: string | undefined): MassTesting[] {
  const out: MassTesting[] = [];
  const cue = CUE.exec(sentence);
  if (!cue) return out;
  const word = cue.groups!.word ?? cue.groups!.word2;
  const verb = cue.groups!.verb;
  const areaOf = (text: string): { area: string; level: 'county' | 'city' } | undefined => {
    if (/市/u.test(text)) return { area: city, level: 'city' };
    return homeCounty ? { area: homeCounty, level: 'county' } : undefined;
  };
  const before = places.filter((p) => p.end <= cue.index);
  const last = before[before.length - 1];
  const leaf = last?.pieces[last.pieces.length - 1];
  if (leaf && (leaf.level === 'county' || leaf.level === 'city')) {
    out.push({ area: leaf.level === 'city' ? city : leaf.text, level: leaf.level, at: cue.index, status: STATUS_OF[verb], name: `${leaf.level === 'city' ? city : leaf.text}全员核酸${word}`, cue: cue[0] });
  } else if (!last) {
    const own = OWN_AREA.exec(sentence.slice(0, cue.index));
    const area = own && areaOf(own[0]);
    if (area) out.push({ ...area, at: cue.index, status: STATUS_OF[verb], name: `${area.area}全员核酸${word}`, cue: cue[0] });
  }
  // 7月31日,在井龙街道启动全员核酸检测,8月1日,扩展至全区所有街道: the widening clause has its own date.
  for (const clause of splitClauses(sentence)) {
    if (clause.start < cue.index) continue;
    const widen = WIDEN.exec(clause.text);
    const area = widen && areaOf(widen[3]);
    if (widen && area) out.push({ ...area, at: clause.start + widen.index, status: 'opened', name: `${area.area}全员核酸${word}`, cue: widen[0] });
  }
  return out;
}
