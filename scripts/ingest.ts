/**
 * Drafts candidate features from a Chinese outbreak news report into drafts/, for a person to review (never into
 * geo/outbreaks/). Options and exit codes: scripts/lib/ingest-args.ts (`npm run ingest -- --help`).
 * `run(argv, io)` returns the exit code and the draft so the tests run it in-process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Gazetteer } from '../src/data/gazetteer';
import { toPinyinKey } from '../src/data/pinyin';
import { normaliseReport } from '../src/report/normalise';
import { decodeReport, InputError, needsRepair, tooLarge, traditionalShare } from '../src/ingest/decode';
import { draftOutbreak, NoContentError, type Draft, type SummaryRow } from '../src/ingest/draft';
import { hasFullDate, resolveYear } from '../src/ingest/dates';
import { splitSentences } from '../src/ingest/sentences';
import { formatOutbreakJson } from './lib/format-geojson';
import { parseIngestArgs, USAGE } from './lib/ingest-args';
import { loadGazetteer, repoRoot } from './lib/load-sources';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

const defaultIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l), cwd: process.cwd() };
const SEED_NAME = /^\d{3}_[0-9a-f]{16}\.txt$/;

/** Draft id: kebab-case from the output or input file name; Chinese names become pinyin. */
export function idFromFileName(file: string): string {
  const base = path.basename(file).replace(/\.[^.]*$/u, '').replace(/\.geojson$/u, '');
  const latin = /\p{Script=Han}/u.test(base) ? toPinyinKey(base) : base;
  return latin.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'draft';
}

/** Known cities are the prefectures the shipped county polygons cover (the data contract's `city`). */
function knownCities(gazetteer: Gazetteer): string[] {
  return [...new Set(gazetteer.sources.counties.features.map((c) => c.properties.city ?? ''))].filter(Boolean);
}

/** The city the report is about: the known city whose name and counties it mentions most. */
function guessCity(text: string, gazetteer: Gazetteer): string | undefined {
  const score = new Map<string, number>();
  for (const c of gazetteer.sources.counties.features) {
    const city = c.properties.city ?? '';
    const hits = text.split(c.properties.name).length - 1;
    score.set(city, (score.get(city) ?? 0) + hits);
  }
  for (const city of knownCities(gazetteer)) score.set(city, (score.get(city) ?? 0) + text.split(city.replace(/市$/u, '')).length - 1);
  const [best] = [...score.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : undefined;
}

/** Under geo/outbreaks/ (after resolving symlinks of the nearest existing parent)? */
function insideCurated(file: string): boolean {
  const curated = path.join(repoRoot, 'geo', 'outbreaks');
  let dir = path.dirname(file);
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const real = path.join(fs.realpathSync(dir), path.relative(dir, path.dirname(file)));
  const realCurated = fs.existsSync(curated) ? fs.realpathSync(curated) : curated;
  const rel = path.relative(realCurated, path.join(real, path.basename(file)));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Temp file in the same directory, then rename: a reader never sees half a file, an interrupted run leaves none. */
export function writeAtomically(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  } finally {
    if (fs.existsSync(tmp)) fs.rmSync(tmp);
  }
}

/** Columns a string takes in a terminal: CJK characters take two. */
export const displayWidth = (s: string): number => [...s].reduce((w, c) => w + (/[\u1100-\uffff]/u.test(c) ? 2 : 1), 0);
const padTo = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - displayWidth(s)));

export function summaryTable(rows: SummaryRow[]): string[] {
  const header = ['place', 'kind', 'status', 'date', 'precision', 'confidence'];
  const cells = rows.map((r) => [r.place, r.kind, r.status, r.time ? `${r.date} ${r.time}` : r.date, r.precision, r.confidence.toFixed(2)]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((c) => displayWidth(c[i]))));
  const line = (c: string[]) => c.map((x, i) => padTo(x, widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
}

export interface IngestResult { code: number; draft?: Draft; outFile?: string }

export function run(argv: string[], io: Io = defaultIo, gazetteer?: Gazetteer): IngestResult {
  const args = parseIngestArgs(argv);
  if (typeof args === 'string') { io.err(`ingest: ${args}\n\n${USAGE}`); return { code: 2 }; }
  if (args.help) { io.out(USAGE); return { code: 0 }; }
  const input = path.resolve(io.cwd, args.input!);
  if (!fs.existsSync(input)) { io.err(`ingest: no such file: ${args.input}`); return { code: 1 }; }
  const stat = fs.statSync(input);
  if (!stat.isFile()) { io.err(`ingest: not a file: ${args.input}`); return { code: 1 }; }
  const size = tooLarge(stat.size);
  if (size) { io.err(`ingest: ${args.input}: ${size}`); return { code: 1 }; }
  const geo = gazetteer ?? loadGazetteer();
  try {
    const cities = knownCities(geo);
    let city = args.city;
    if (city !== undefined) {
      city = cities.find((c) => c === city || c === `${city}市`);
      if (!city) { io.err(`ingest: unknown --city ${args.city}; known cities: ${cities.join(' ')}`); return { code: 1 }; }
    }
    const id = idFromFileName(args.out ?? args.input!);
    const outFile = path.resolve(io.cwd, args.out ?? path.join(repoRoot, 'drafts', `${id}.geojson`));
    if (insideCurated(outFile)) {
      io.err(`ingest: refusing to write ${path.relative(repoRoot, outFile)}: geo/outbreaks/ holds curated data; drafts go to drafts/`);
      return { code: 1 };
    }
    const decoded = decodeReport(fs.readFileSync(input));
    const repair = needsRepair(decoded.text);
    const text = normaliseReport(decoded.text, { repairMojibake: repair.repair });
    const notes = [`Read ${path.basename(input)} as ${decoded.encoding} (${decoded.evidence}); ${repair.repair ? `normalised with the mojibake/Traditional repair (${repair.why})` : 'Simplified text, whitespace normalised only'}.`];
    if (!args.quiet) io.out(`encoding: ${decoded.encoding} (${decoded.evidence}); text: ${repair.why}${repair.repair ? ' → normaliseReport(repairMojibake)' : ''}`);
    if (repair.repair && traditionalShare(text) > 0.05) {
      const warning = 'the text is still Traditional after normalisation; places and cues may be missed';
      notes.push(`Warning: ${warning}.`);
      io.err(`ingest: warning: ${warning}`);
    }
    if (!hasFullDate(text)) { io.err('ingest: the text has no dates (no M月D日 anywhere); nothing to draft'); return { code: 1 }; }
    city ??= guessCity(text, geo);
    if (!city) { io.err(`ingest: cannot tell which city the report is about; pass --city (known: ${cities.join(' ')})`); return { code: 1 }; }
    const year = resolveYear(text, args.year);
    if (!year) { io.err('ingest: the report gives no year and none can be inferred; pass --year'); return { code: 1 }; }
    const source = args.source ?? (SEED_NAME.test(path.basename(input)) ? path.basename(input) : `draft:${path.basename(input).replace(/\s+/g, '_')}`);
    const total = splitSentences(text).length;
    const long = total > 200;
    const draft = draftOutbreak({
      text, id, city, year, source, notes,
      onProgress: long ? (done, all) => { if (done % Math.ceil(all / 10) === 0 || done === all) io.err(`ingest: ${done}/${all} sentences read`); } : undefined,
    }, geo);
    writeAtomically(outFile, formatOutbreakJson(draft.collection));
    // The quotes are verbatim in the normalised text, which is what geo/reports/<id>.txt must hold on acceptance.
    writeAtomically(outFile.replace(/\.geojson$/u, '') + '.report.txt', text);
    if (!args.quiet) {
      summaryTable(draft.rows).forEach((l) => io.out(l));
      const undated = draft.collection.outbreak.undatedPlaces?.length ?? 0;
      io.out(`${draft.collection.features.length} features, ${draft.rows.length} events, ${undated} undated places; city ${city}, year ${year.year} (${year.basis})`);
      io.out(`wrote ${path.relative(io.cwd, outFile)} — review every feature (review: "pending") before anything goes into geo/outbreaks/`);
    }
    return { code: 0, draft, outFile };
  } catch (error) {
    if (error instanceof InputError || error instanceof NoContentError) {
      io.err(`ingest: ${args.input}: ${error.message}`);
      return { code: 1 };
    }
    throw error;
  }
}

export function main(argv: string[], io: Io = defaultIo): number {
  return run(argv, io).code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
