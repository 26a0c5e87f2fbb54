/**
 * The files a reviewer opens in the app, read in the browser (nothing is sent anywhere): a draft (`npm run ingest`'s
 * .geojson, parsed with the project's draft schema) and, optionally, its report text (the `<id>.report.txt` the tool
 * writes beside it), whose encoding is recognised by the draft's own quotes. Bad input gives an error code and
 * nothing else; the caller changes nothing. Pure: bytes in, result out.
 */
import type { z } from '../data/zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { draftFileSchema, type DraftFile } from '../data/draft-schema';
import { ERA_FIRST_YEAR, ERA_LAST_YEAR, isEraDate } from '../data/era';
import { squashWhitespace } from '../data/quote';
import { outbreakFileSchema } from '../data/schema';

/** A draft of a long report is a few hundred kB; 10 MB is another kind of file and would stall the page. */
export const MAX_DRAFT_BYTES = 10 * 1024 * 1024;
/** The limit `npm run ingest` applies to a report. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

export type ReviewFileError =
  | { code: 'too-large'; size: number; limit: number }
  | { code: 'empty' }
  /** Not UTF-8 JSON: a binary file, or text that does not parse. */
  | { code: 'not-json' }
  /** JSON, but not a GeoJSON FeatureCollection. */
  | { code: 'not-geojson' }
  /** A curated outbreak file (already reviewed): nothing to review. */
  | { code: 'curated-file' }
  /** A FeatureCollection of another schema; the first problems, as `path: message`, in each language. */
  | { code: 'not-draft'; issues: { zh: string[]; en: string[] } }
  /** Not text in UTF-8, UTF-16 or GB18030. */
  | { code: 'report-encoding' }
  /** Readable text, but none of the draft's quotes is in it. */
  | { code: 'report-mismatch'; encoding: ReportEncoding }
  /** A report opened with no draft open. */
  | { code: 'report-without-draft' };

export type ReportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Read<T> = { ok: true; value: T } | { ok: false; error: ReviewFileError };

const fail = <T>(error: ReviewFileError): Read<T> => ({ ok: false, error });

/** Checked before reading the bytes: a file over the limit is never read. */
export function sizeError(size: number, limit: number): ReviewFileError | undefined {
  if (size === 0) return { code: 'empty' };
  return size > limit ? { code: 'too-large', size, limit } : undefined;
}

function decode(bytes: Uint8Array, encoding: ReportEncoding): string | undefined {
  try {
    // fatal: an invalid sequence throws instead of becoming U+FFFD.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined; // not valid in this encoding: the caller tries the next one
  }
}

/**
 * A number JSON reads as Infinity (1e999 overflows a double): zod calls it "expected number, received number" in
 * Chinese (and "received Infinity" in English). Say what is wrong: the value is not a finite number.
 */
const NOT_FINITE = { zh: '不是有限数字（{value}：数值超出范围，如 1e999）', en: 'not a finite number ({value}: out of range, such as 1e999)' } as const;
const notFinite = (lang: keyof typeof NOT_FINITE) => (issue: z.core.$ZodRawIssue): string | undefined =>
  (issue.code === 'invalid_type' && issue.expected === 'number' && typeof issue.input === 'number' && !Number.isFinite(issue.input)
    ? NOT_FINITE[lang].replace('{value}', String(issue.input)) : undefined);

/** zod's messages in each language (the schema's own rule messages stay as written). */
const ZH_LOCALE = zhCN().localeError;
const ZH_ERRORS = (issue: z.core.$ZodRawIssue) => notFinite('zh')(issue) ?? ZH_LOCALE(issue);
const EN_ERRORS = notFinite('en');
const firstIssues = (issues: readonly z.core.$ZodIssue[]) => issues.slice(0, 3).map((i) => `${i.path.length ? i.path.join('.') : '$'}: ${i.message}`);

export function readDraft(bytes: Uint8Array): Read<DraftFile> {
  const size = sizeError(bytes.length, MAX_DRAFT_BYTES);
  if (size) return fail(size);
  const text = decode(bytes, 'utf-8');
  if (text === undefined) return fail({ code: 'not-json' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  const collection = json as { type?: unknown; features?: unknown } | null;
  if (typeof collection !== 'object' || collection === null || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) return fail({ code: 'not-geojson' });
  const parsed = draftFileSchema.safeParse(json, { error: EN_ERRORS });
  if (parsed.success) {
    const far = datesOutsideEra(parsed.data);
    return far.length ? fail({ code: 'not-draft', issues: eraIssues(far) }) : { ok: true, value: parsed.data };
  }
  if (outbreakFileSchema.safeParse(json).success) return fail({ code: 'curated-file' });
  const zh = draftFileSchema.safeParse(json, { error: ZH_ERRORS });
  return fail({ code: 'not-draft', issues: { zh: firstIssues(zh.error?.issues ?? []), en: firstIssues(parsed.error.issues) } });
}

/** Dates of a draft outside the era the atlas records (data/era.ts): a wrong --year, which would stretch the slider to them. */
function datesOutsideEra(draft: DraftFile): string[] {
  const dates = [draft.outbreak.period.start, draft.outbreak.period.end, ...draft.features.flatMap((f) => f.properties.events.map((e) => e.date))];
  return [...new Set(dates.filter((date) => !isEraDate(date)))].slice(0, 3);
}

const eraIssues = (dates: string[]) => ({
  zh: [`日期 ${dates.join('、')} 不在 ${ERA_FIRST_YEAR}–${ERA_LAST_YEAR} 年（中国新冠防控措施的年份）之内：请用正确的 --year 重新运行 npm run ingest`],
  en: [`dates ${dates.join(', ')} are outside ${ERA_FIRST_YEAR}–${ERA_LAST_YEAR} (the years of COVID-19 measures in China): run npm run ingest again with the right --year`],
});

export interface ReportText {
  text: string;
  encoding: ReportEncoding;
  /** Quotes of the draft found in the text, and how many it has. */
  found: number;
  total: number;
}

/** Every distinct quote of the draft (events and undated places). */
export function draftQuotes(draft: DraftFile): string[] {
  const quotes = [...draft.features.flatMap((f) => f.properties.events.map((e) => e.quote)), ...(draft.outbreak.undatedPlaces ?? []).map((p) => p.quote)];
  return [...new Set(quotes.map(squashWhitespace))].filter(Boolean);
}

/**
 * The report text of `draft`: UTF-8 or UTF-16 (by byte-order mark), else UTF-8, else GB18030, whichever holds
 * the most of the draft's quotes. GB18030 turns almost any bytes into characters (Big5 or Shift_JIS come out as
 * valid nonsense), so a reading is taken only when the draft's quotes are in it.
 */
export function readReport(bytes: Uint8Array, draft: DraftFile | null): Read<ReportText> {
  if (!draft) return fail({ code: 'report-without-draft' });
  const size = sizeError(bytes.length, MAX_REPORT_BYTES);
  if (size) return fail(size);
  const bom: ReportEncoding | undefined = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8'
    : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  const quotes = draftQuotes(draft);
  const readings = (bom ? [bom] : (['utf-8', 'gb18030'] as const))
    .map((encoding) => ({ encoding, text: decode(bytes, encoding) }))
    .filter((r): r is { encoding: ReportEncoding; text: string } => r.text !== undefined)
    .map((r) => {
      const squashed = squashWhitespace(r.text);
      return { ...r, found: quotes.filter((q) => squashed.includes(q)).length };
    });
  if (readings.length === 0) return fail({ code: 'report-encoding' });
  const best = readings.reduce((a, b) => (b.found > a.found ? b : a));
  if (best.found === 0) {
    // Valid UTF-8 (or marked by a BOM) is surely text: the wrong report. Only a GB18030 reading: an unknown encoding.
    const utf8 = readings.find((r) => r.encoding !== 'gb18030');
    return fail(utf8 ? { code: 'report-mismatch', encoding: utf8.encoding } : { code: 'report-encoding' });
  }
  return { ok: true, value: { text: best.text, encoding: best.encoding, found: best.found, total: quotes.length } };
}

/** A dropped or picked file is a report when its name says text; anything else is read as a draft. */
export const isReportFile = (name: string): boolean => /\.txt$/iu.test(name);
