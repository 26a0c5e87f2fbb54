/**
 * Node-side reading and writing of the committed official record (geo/official/). The files are JSON with one
 * column per line, so a rebuild's diff shows which columns changed and a reader can open them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OfficialRecord } from '../official/build';
import { decodeChunk, decodeOfficial, type DecodedOfficial } from '../official/decode';
import type { OfficialArea, OfficialChunk, OfficialMeta } from '../official/schema';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export const OFFICIAL_DIR = 'geo/official';
export const META_FILE = 'meta.json';

/** JSON with each property of the top two levels on its own line (arrays kept on one line). */
export function formatColumnar(value: unknown): string {
  const lines = (object: Record<string, unknown>, indent: string): string => {
    const entries = Object.entries(object).map(([key, v]) => {
      const nested = v !== null && typeof v === 'object' && !Array.isArray(v) && indent.length < 2;
      return `${indent}  ${JSON.stringify(key)}: ${nested ? lines(v as Record<string, unknown>, `${indent}  `) : JSON.stringify(v)}`;
    });
    return `{\n${entries.join(',\n')}\n${indent}}`;
  };
  return `${lines(value as Record<string, unknown>, '')}\n`;
}

export function officialPath(name: string, dir = OFFICIAL_DIR): string {
  return path.join(repoRoot, dir, name);
}

export function readOfficialMeta(dir = OFFICIAL_DIR): OfficialMeta {
  return JSON.parse(fs.readFileSync(officialPath(META_FILE, dir), 'utf8')) as OfficialMeta;
}

export function readOfficialChunks(meta: OfficialMeta, years?: number[], dir = OFFICIAL_DIR): OfficialChunk[] {
  return meta.chunks.filter((c) => !years || years.includes(c.year))
    .map((c) => JSON.parse(fs.readFileSync(officialPath(c.file, dir), 'utf8')) as OfficialChunk);
}

/** The whole shipped record, decoded (about a second for all years). */
export function loadOfficial(dir = OFFICIAL_DIR): DecodedOfficial {
  const meta = readOfficialMeta(dir);
  return decodeOfficial(meta, readOfficialChunks(meta, undefined, dir));
}

/** Every area of the shipped record once (the first year it appears in), without joining intervals. */
export function* loadOfficialAreas(dir = OFFICIAL_DIR): Generator<OfficialArea> {
  const seen = new Set<number>();
  for (const chunk of readOfficialChunks(readOfficialMeta(dir), undefined, dir)) {
    const year = decodeChunk(chunk);
    for (let row = 0; row < year.size; row += 1) {
      if (seen.has(year.ids[row])) continue;
      seen.add(year.ids[row]);
      yield year.area(row);
    }
  }
}

export type { OfficialRecord };
