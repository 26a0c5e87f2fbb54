/**
 * Reading what a reviewer opens (src/model/review-files.ts): a draft is taken only when it follows the draft schema;
 * anything else gives an error code the panel turns into a zh/en message, and nothing else.
 */
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isReportFile, MAX_DRAFT_BYTES, readDraft, readReport, sizeError } from '../../../src/model/review-files';

const DRAFT_BYTES = new Uint8Array(fs.readFileSync('tests/fixtures/drafts/changshan.geojson'));
const REPORT = fs.readFileSync('tests/fixtures/drafts/changshan.report.txt', 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
const draft = (() => {
  const read = readDraft(DRAFT_BYTES);
  if (!read.ok) throw new Error('the fixture draft does not read');
  return read.value;
})();

describe('opening a draft', () => {
  it('reads the fixture draft of npm run ingest', () => {
    expect(draft.features.length).toBeGreaterThan(3);
    expect(draft.features.every((f) => f.properties.review === 'pending')).toBe(true);
  });

  it('refuses an empty or oversized file before reading it', () => {
    expect(sizeError(0, MAX_DRAFT_BYTES)).toEqual({ code: 'empty' });
    expect(sizeError(MAX_DRAFT_BYTES + 1, MAX_DRAFT_BYTES)).toEqual({ code: 'too-large', size: MAX_DRAFT_BYTES + 1, limit: MAX_DRAFT_BYTES });
    expect(readDraft(new Uint8Array(MAX_DRAFT_BYTES + 1))).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('tells text that is not JSON, binary bytes and JSON that is not a FeatureCollection apart', () => {
    expect(readDraft(bytes('城市,日期\n常山县,2022-05-02'))).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(readDraft(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]))).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(readDraft(bytes('{"type":"Feature","geometry":null,"properties":{}}'))).toEqual({ ok: false, error: { code: 'not-geojson' } });
  });

  it('names a curated outbreak file, and the first problems of a FeatureCollection of another schema', () => {
    expect(readDraft(new Uint8Array(fs.readFileSync('geo/outbreaks/anyang.geojson')))).toEqual({ ok: false, error: { code: 'curated-file' } });
    const other = readDraft(bytes(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [118, 29] }, properties: { name: 'x' } }] })));
    expect(other.ok).toBe(false);
    if (!other.ok && other.error.code === 'not-draft') {
      expect(other.error.issues.en.length).toBeGreaterThan(0);
      expect(other.error.issues.en.length).toBeLessThanOrEqual(3);
      expect(other.error.issues.zh).toHaveLength(other.error.issues.en.length);
      expect(other.error.issues.en[0]).toMatch(/^outbreak: Invalid input/);
      expect(other.error.issues.zh[0]).toMatch(/^outbreak: 无效输入/);
    } else throw new Error(`expected not-draft, got ${JSON.stringify(other)}`);
  });

  it('refuses a draft dated outside 2019–2023 (a wrong --year), saying so in each language, so the slider never stretches to 1800', () => {
    const read = readDraft(bytes(new TextDecoder().decode(DRAFT_BYTES).replaceAll('"2022-', '"1800-')));
    if (read.ok || read.error.code !== 'not-draft') throw new Error(`expected not-draft, got ${JSON.stringify(read)}`);
    expect(read.error.issues.en).toEqual([expect.stringMatching(/^dates 1800-\d\d-\d\d(, 1800-\d\d-\d\d)* are outside 2019–2023 \(the years of COVID-19 measures in China\): run npm run ingest again with the right --year$/)]);
    expect(read.error.issues.zh).toEqual([expect.stringMatching(/^日期 1800-.* 不在 2019–2023 年（中国新冠防控措施的年份）之内：请用正确的 --year 重新运行 npm run ingest$/)]);
  });

  it('says a coordinate JSON reads as Infinity (1e999) is not a finite number, in each language', () => {
    const text = new TextDecoder().decode(DRAFT_BYTES).replace('"coordinates":[118.50574,', '"coordinates":[1e999,');
    const read = readDraft(bytes(text));
    if (read.ok || read.error.code !== 'not-draft') throw new Error(`expected not-draft, got ${JSON.stringify(read)}`);
    expect(read.error.issues.zh).toEqual([expect.stringMatching(/^features\.\d+\.geometry\.coordinates\.0: 不是有限数字（Infinity：数值超出范围，如 1e999）$/)]);
    expect(read.error.issues.en).toEqual([expect.stringMatching(/^features\.\d+\.geometry\.coordinates\.0: not a finite number \(Infinity: out of range, such as 1e999\)$/)]);
  });
});

describe('opening the report text', () => {
  it('reads UTF-8, UTF-16 with a BOM and GB18030, and says how many quotes it found', () => {
    const utf8 = readReport(bytes(REPORT), draft);
    expect(utf8).toMatchObject({ ok: true, value: { encoding: 'utf-8', text: REPORT } });
    if (utf8.ok) expect(utf8.value.found).toBe(utf8.value.total);
    expect(readReport(new Uint8Array(iconv.encode(REPORT, 'utf16-le', { addBOM: true })), draft)).toMatchObject({ ok: true, value: { encoding: 'utf-16le' } });
    expect(readReport(new Uint8Array(iconv.encode(REPORT, 'gb18030')), draft)).toMatchObject({ ok: true, value: { encoding: 'gb18030', text: REPORT } });
  });

  it('refuses a report in an unknown encoding, another report, and a report with no draft open', () => {
    expect(readReport(new Uint8Array(iconv.encode(REPORT, 'big5')), draft)).toEqual({ ok: false, error: { code: 'report-encoding' } });
    expect(readReport(bytes('2022年3月1日，安阳市发布通告。'), draft)).toEqual({ ok: false, error: { code: 'report-mismatch', encoding: 'utf-8' } });
    expect(readReport(bytes(REPORT), null)).toEqual({ ok: false, error: { code: 'report-without-draft' } });
  });

  it('takes a .txt file as a report and anything else as a draft', () => {
    expect(isReportFile('changshan.report.TXT')).toBe(true);
    expect(isReportFile('changshan.geojson')).toBe(false);
  });
});
