/**
 * `--city`: any prefecture of China by full or short name (温州市, 温州, 阿拉善盟, 北京市), or a county-level
 * name (江阴市, 额济纳旗), taken as that county of its prefecture. A name that is neither gets the closest
 * prefecture names: smallest edit distance first, then most characters shared.
 */
import type { AdminDivision } from '../data/admin-divisions';
import { isPrefectureLevel, type AdminIndex } from './admin-index';

export type CityChoice = { prefecture: AdminDivision; county?: AdminDivision } | { error: string };

/** Levenshtein distance over characters (code points). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= y.length; j += 1) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length];
}

const shared = (a: string, b: string) => [...new Set(a)].filter((c) => b.includes(c)).length;

/** The `count` prefecture-level names closest to `name`, each with its province ("荆州市 (湖北省)"). */
export function closestPrefectures(name: string, index: AdminIndex, count = 5): string[] {
  const stripped = name.replace(/(市|地区|盟|州)$/u, '');
  return index.all.filter(isPrefectureLevel)
    .map((d) => {
      const stem = d.name.replace(/(市|地区|盟|自治州)$/u, '');
      return { d, distance: Math.min(editDistance(name, d.name), editDistance(stripped, stem)), common: shared(stripped, d.name) };
    })
    .filter((c) => c.common > 0)
    .sort((a, b) => a.distance - b.distance || b.common - a.common || a.d.code.localeCompare(b.d.code))
    .slice(0, count)
    .map(({ d }) => { const p = index.provinceOf(d); return p && p !== d ? `${d.name} (${p.name})` : d.name; });
}

export function resolveCityArg(name: string, index: AdminIndex): CityChoice {
  const prefectures = [...new Set(index.named(name).map((h) => h.division).filter(isPrefectureLevel))];
  if (prefectures.length === 1) return { prefecture: prefectures[0] };
  const counties = [...new Set(index.named(name, 'county').map((h) => h.division))];
  if (prefectures.length === 0 && counties.length === 1) {
    const container = index.containerOf(counties[0]);
    return container === counties[0] ? { prefecture: container } : { prefecture: container, county: counties[0] };
  }
  const several = [...prefectures, ...counties];
  if (several.length > 1) {
    const where = several.map((d) => `${d.name} (${[...new Set([index.provinceOf(d)?.name, d.level === 'county' ? index.containerOf(d).name : undefined])].filter((x) => x && x !== d.name).join(' ')})`);
    return { error: `--city ${name} is ambiguous: ${where.join(', ')}; pass the full prefecture name` };
  }
  const closest = closestPrefectures(name, index);
  return { error: `unknown --city ${name}: no prefecture or county of China has that name${closest.length ? `; closest prefectures: ${closest.join(', ')}` : ''}` };
}
