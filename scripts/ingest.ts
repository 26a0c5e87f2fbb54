/**
 * Drafts candidate features from a Chinese outbreak news report into drafts/, for a person to review (never into
 * geo/outbreaks/). Options and exit codes: scripts/lib/ingest-args.ts (`npm run ingest -- --help`).
 * `run(argv, io)` returns the exit code and the draft so the tests run it in-process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AdminDivision } from '../src/data/admin-divisions';
import { toPinyinKey } from '../src/data/pinyin';
import { normaliseReport } from '../src/report/normalise';
import type { LocalizedText } from '../src/data/schema';
import { decodeReport, InputError, needsRepair, tooLarge, traditionalShare, type Decoded } from '../src/ingest/decode';
import { draftOutbreak, NoContentError, type Draft, type SummaryRow } from '../src/ingest/draft';
import { resolveCityArg } from '../src/ingest/city-arg';
import { hasFullDate, resolveYear } from '../src/ingest/dates';
import { laterThanWritten, yearConflict } from '../src/ingest/year-check';
import { ERA_REASON, isEraYear } from '../src/data/era';
import { locateReport, otherCityNamedMore, secondCityNamed } from '../src/ingest/locate';
import { splitSentences } from '../src/ingest/sentences';
import { bilingual } from '../src/ingest/texts';
import { formatOutbreakJson } from '../src/data/format-json';
import { parseIngestArgs, USAGE } from './lib/ingest-args';
import { geocodeSources, loadIngestSources, type IngestSources } from './lib/ingest-sources';
import { repoRoot } from '../src/node/geo-files';

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

/** The draft's note on how the file was read: encoding and normalisation. */
function readingNote(file: string, decoded: Decoded, repair: { repair: boolean; why: LocalizedText }): LocalizedText {
  return repair.repair
    ? bilingual(`按 ${decoded.encoding} 读取 ${file}（${decoded.evidence.zh}）；已用乱码/繁体修复规范化（${repair.why.zh}）。`,
      `Read ${file} as ${decoded.encoding} (${decoded.evidence.en}); normalised with the mojibake/Traditional repair (${repair.why.en}).`)
    : bilingual(`按 ${decoded.encoding} 读取 ${file}（${decoded.evidence.zh}）；简体文本，只规范了空白。`,
      `Read ${file} as ${decoded.encoding} (${decoded.evidence.en}); Simplified text, whitespace normalised only.`);
}

export function run(argv: string[], io: Io = defaultIo, shared?: IngestSources): IngestResult {
  const args = parseIngestArgs(argv);
  if (typeof args === 'string') { io.err(`ingest: ${args}\n\n${USAGE}`); return { code: 2 }; }
  if (args.help) { io.out(USAGE); return { code: 0 }; }
  const input = path.resolve(io.cwd, args.input!);
  if (!fs.existsSync(input)) { io.err(`ingest: no such file: ${args.input}`); return { code: 1 }; }
  const stat = fs.statSync(input);
  if (!stat.isFile()) { io.err(`ingest: not a file: ${args.input}`); return { code: 1 }; }
  const size = tooLarge(stat.size);
  if (size) { io.err(`ingest: ${args.input}: ${size}`); return { code: 1 }; }
  const sources = shared ?? loadIngestSources();
  try {
    let given: { prefecture: AdminDivision; county?: AdminDivision } | undefined;
    if (args.city !== undefined) {
      const choice = resolveCityArg(args.city, sources.index);
      if ('error' in choice) { io.err(`ingest: ${choice.error}`); return { code: 1 }; }
      given = choice;
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
    const notes = [readingNote(path.basename(input).replace(/\s+/g, '_'), decoded, repair)];
    if (!args.quiet) io.out(`encoding: ${decoded.encoding} (${decoded.evidence.en}); text: ${repair.why.en}${repair.repair ? ' → normaliseReport(repairMojibake)' : ''}`);
    const warn = (warning: LocalizedText) => { notes.push(bilingual(`警告：${warning.zh}。`, `Warning: ${warning.en}.`)); io.err(`ingest: warning: ${warning.en}`); };
    if (repair.repair && traditionalShare(text) > 0.05) warn(bilingual('规范化后仍是繁体，可能漏掉地点和措施用语', 'the text is still Traditional after normalisation; places and cues may be missed'));
    if (!hasFullDate(text)) { io.err('ingest: the text has no dates (no M月D日 anywhere); nothing to draft'); return { code: 1 }; }
    const area = locateReport(text, sources.index, given);
    if (!area) { io.err('ingest: cannot tell which prefecture the report is about: it names no prefecture or county of China; pass --city <prefecture>'); return { code: 1 }; }
    const other = given ? otherCityNamedMore(area) : secondCityNamed(area);
    if (other) warn(other);
    if (!args.quiet) io.out(`area: ${area.prefecture.name}${area.county ? ` ${area.county.name}` : ''} (${area.evidence.en})`);
    const conflict = args.year === undefined ? undefined : yearConflict(text, args.year);
    if (conflict) {
      io.err(`ingest: --year ${args.year} contradicts the report, which writes ${conflict.written}: "${conflict.sentence.slice(0, 80)}"`
        + (conflict.next ? `; its next day, ${conflict.next.written}, would be dated ${conflict.next.date}` : `; a report does not date events after its own year`)
        + '. Leave --year out (the year the report writes is used) or correct it.');
      return { code: 2 };
    }
    const earlier = args.year === undefined ? undefined : laterThanWritten(text, args.year);
    if (earlier) {
      warn(bilingual(`报道写有“${earlier.written}”（“${earlier.sentence.slice(0, 60)}”），而 --year ${args.year} 把未写年份的日期都定在 ${args.year} 年：请确认那是回顾`,
        `the report writes ${earlier.written} ("${earlier.sentence.slice(0, 60)}") while --year ${args.year} dates the days written without a year in ${args.year}: check that it is a look back`));
    }
    const year = resolveYear(text, args.year);
    if (!year) { io.err('ingest: the report gives no year and none can be inferred; pass --year'); return { code: 1 }; }
    if (!isEraYear(year.year)) { io.err(`ingest: the year read from the report, ${year.year} (${year.evidence.en}), is outside ${ERA_REASON}; pass --year`); return { code: 1 }; }
    if (year.assumed) {
      warn(bilingual(`报道未写年份、未提变异株，也没有星期：${year.year} 年只是推测（每个日期都可能差一年），请用 --year 指定`,
        `the report writes no year, names no variant and gives no weekday: ${year.year} is a guess (every date may be a year off) — pass --year`));
    }
    const source = args.source ?? (SEED_NAME.test(path.basename(input)) ? path.basename(input) : `draft:${path.basename(input).replace(/\s+/g, '_')}`);
    const total = splitSentences(text).length;
    const long = total > 200;
    const draft = draftOutbreak({
      text, id, area, year, source, notes,
      onProgress: long ? (done, all) => { if (done % Math.ceil(all / 10) === 0 || done === all) io.err(`ingest: ${done}/${all} sentences read`); } : undefined,
    }, geocodeSources(sources, area));
    draft.warnings.forEach((w) => io.err(`ingest: warning: ${w.en}`));
    writeAtomically(outFile, formatOutbreakJson(draft.collection));
    // The quotes are verbatim in the normalised text, which is what geo/reports/<id>.txt must hold on acceptance.
    writeAtomically(outFile.replace(/\.geojson$/u, '') + '.report.txt', text);
    if (!args.quiet) {
      summaryTable(draft.rows).forEach((l) => io.out(l));
      const undated = draft.collection.outbreak.undatedPlaces?.length ?? 0;
      io.out(`${draft.collection.features.length} features, ${draft.rows.length} events, ${undated} undated places; ${area.prefecture.name}${area.county ? ` ${area.county.name}` : ''}, year ${year.year} (${year.basis})`);
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
