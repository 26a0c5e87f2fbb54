import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idFromFileName, run, type Io } from '../../../scripts/ingest';
import { warmIngestSources } from '../../../scripts/lib/ingest-sources';
import { repoRoot } from '../../../src/node/geo-files';
import { draftFileSchema } from '../../../src/data/draft-schema';
import { outbreakFileSchema } from '../../../src/data/schema';
import { validateOutbreakFile } from '../../../src/data/validate';
import { quoteIsInReport, squashWhitespace } from '../../../src/data/validate';

const sources = warmIngestSources();
const { gazetteer } = sources;
const fixture = path.join(repoRoot, 'tests/fixtures/ingest');
let tmp: string;
beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-test-')); });
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function ingest(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), cwd: tmp };
  const result = run(args, io, sources);
  return { ...result, out: out.join('\n'), err: err.join('\n') };
}
const write = (name: string, content: string | Uint8Array) => { const f = path.join(tmp, name); fs.writeFileSync(f, content); return f; };

describe('ingest CLI', () => {
  it('drafts a schema-valid, pending FeatureCollection with verbatim quotes', () => {
    const r = ingest([path.join(fixture, 'longyou.txt'), '--city', '衢州市', '--year', '2022', '--out', path.join(tmp, 'a/longyou.geojson')]);
    expect(r.code).toBe(0);
    const json = JSON.parse(fs.readFileSync(path.join(tmp, 'a/longyou.geojson'), 'utf8'));
    const file = outbreakFileSchema.parse(json);
    expect(file.outbreak).toMatchObject({ id: 'longyou', report: 'geo/reports/longyou.txt', source: 'draft:longyou.txt', city: '衢州市' });
    const report = squashWhitespace(fs.readFileSync(path.join(tmp, 'a/longyou.report.txt'), 'utf8'));
    for (const f of file.features) {
      expect(f.properties.review).toBe('pending');
      expect(f.properties.confidence).toBeGreaterThan(0);
      for (const e of f.properties.events) expect(quoteIsInReport(e.quote, report)).toBe(true);
    }
    const village = file.features.find((f) => f.properties.name === '星火村')!;
    // 星火村发现1例确诊病例: a case found in a village is its first case (the curated data's reading too).
    expect(village.properties.events.map((e) => `${e.date}:${e.status}`)).toEqual(['2022-04-02:first-case', '2022-04-02:sealed', '2022-04-03:high-risk', '2022-04-09:low-risk']);
    expect(village.properties).toMatchObject({ admin: { county: '龙游县', township: '湖镇镇' }, precision: 'township' });
    expect(gazetteer.geometryFor(village.properties.geometrySource, false)).toEqual(village.geometry);
    const checkpoint = file.features.find((f) => f.properties.kind === 'checkpoint')!;
    expect(checkpoint.properties.events[0]).toMatchObject({ date: '2022-04-04', time: '15:00' });
    expect(r.out).toMatch(/place\s+kind\s+status\s+date\s+precision\s+confidence/);
    expect(fs.readdirSync(path.join(tmp, 'a')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a draft the review UI can read, which npm run validate rejects until it is reviewed', () => {
    const out = path.join(tmp, 'review/longyou.geojson');
    expect(ingest([path.join(fixture, 'longyou.txt'), '--year', '2022', '--out', out]).code).toBe(0);
    const json = JSON.parse(fs.readFileSync(out, 'utf8'));
    const draft = draftFileSchema.parse(json);
    expect(draft.features.length).toBeGreaterThan(0);
    const report = fs.readFileSync(out.replace(/\.geojson$/u, '.report.txt'), 'utf8');
    const problems = validateOutbreakFile({ file: out, json, reportText: () => report }, gazetteer);
    expect(problems.map((p) => p.message)).toContain('review is pending: only reviewed features belong in geo/outbreaks');
    expect(problems.some((p) => p.path === '$.outbreak.source')).toBe(true);
    // A curated file is not a draft: its features carry no review state.
    expect(draftFileSchema.safeParse(JSON.parse(fs.readFileSync(path.join(repoRoot, 'geo/outbreaks/kaihua.geojson'), 'utf8'))).success).toBe(false);
  });

  it('reads a GBK file the same as its UTF-8 original and says so', () => {
    const utf8 = fs.readFileSync(path.join(fixture, 'longyou.txt'), 'utf8');
    const gbkFile = write('longyou-gbk.txt', iconv.encode(utf8, 'gbk'));
    const r = ingest([gbkFile, '--city', '衢州', '--year', '2022', '--out', path.join(tmp, 'gbk.geojson')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/encoding: gb18030/);
    const a = ingest([path.join(fixture, 'longyou.txt'), '--city', '衢州市', '--year', '2022', '--out', path.join(tmp, 'utf.geojson')]);
    expect(r.draft!.collection.features).toEqual(a.draft!.collection.features.map((f) => ({ ...f, properties: { ...f.properties, id: f.properties.id.replace(/^utf-/, 'gbk-') } })));
  });

  it('refuses to write under geo/outbreaks/', () => {
    const target = path.join(repoRoot, 'geo/outbreaks/ingest-test-should-not-exist.geojson');
    const r = ingest([path.join(fixture, 'longyou.txt'), '--city', '衢州市', '--year', '2022', '--out', target]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/refusing to write/);
    expect(fs.existsSync(target)).toBe(false);
  });

  it.each([
    ['a missing file', () => [path.join(tmp, 'nope.txt')], /no such file/],
    ['an empty file', () => [write('empty.txt', '')], /empty/],
    ['a binary file', () => [write('bin.txt', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]))], /binary/],
    ['a text with no dates', () => [path.join(fixture, 'no-dates.txt'), '--city', '衢州市', '--year', '2022'], /no dates/],
    ['a text with no places', () => [path.join(fixture, 'no-places.txt'), '--city', '衢州市', '--year', '2022'], /no places/],
    ['an unknown --city, naming the closest prefectures', () => [path.join(fixture, 'longyou.txt'), '--city', '衢洲'], /unknown --city 衢洲: no prefecture or county of China has that name; closest prefectures: 衢州市 \(浙江省\)/],
  ])('fails clearly on %s', (_name, args, message) => {
    const r = ingest([...args(), '--out', path.join(tmp, 'bad/out.geojson')]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message);
    expect(fs.existsSync(path.join(tmp, 'bad/out.geojson'))).toBe(false);
  });

  it('prints the usage on --help and exits 0; an unknown option prints it and exits 2', () => {
    const help = ingest(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^usage: npm run ingest -- <report.txt>/);
    expect(help.out).toMatch(/--city <name>/);
    const bad = ingest([path.join(fixture, 'longyou.txt'), '--town', '龙游']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown option --town[\s\S]*usage: npm run ingest/);
    expect(ingest([path.join(fixture, 'longyou.txt'), '--city']).err).toMatch(/--city needs a value/);
  });

  it.each([
    ['a Big5 file', () => write('big5.txt', iconv.encode(fs.readFileSync(path.join(fixture, 'longyou.txt'), 'utf8'), 'big5')), /not text in an encoding the tool reads/],
    ['a Shift_JIS file', () => write('sjis.txt', iconv.encode('本日、東京都で新型コロナウイルスの感染者が確認されました。', 'shift_jis')), /not text in an encoding the tool reads/],
    ['a file over 5 MB', () => write('huge.txt', Buffer.alloc(5 * 1024 * 1024 + 10, '4月3日,龙游县湖镇镇星火村划定为高风险地区。\n')), /over 5 MB are refused/],
  ])('refuses %s with a clear message, exit 1, nothing written', (_name, file, message) => {
    const out = path.join(tmp, 'refused/out.geojson');
    const r = ingest([file(), '--city', '衢州市', '--year', '2022', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(fs.existsSync(path.dirname(out))).toBe(false);
  });

  it('accepts any prefecture, full or short, and warns when the text names another city more', () => {
    const r = ingest([path.join(fixture, 'longyou.txt'), '--city', '温州', '--year', '2022', '--out', path.join(tmp, 'wrong/longyou.geojson')]);
    expect(r.err).toMatch(/warning: the text names 衢州市 \(score [\d.]+\) more than --city 温州市 \(score 0\)/);
    // Places the text puts under 龙游县 (a county of 衢州市) are not drafted in 温州市.
    expect(r.draft?.collection.features.filter((f) => /星火村|碧水花园/u.test(f.properties.name)) ?? []).toEqual([]);
    const right = ingest([path.join(fixture, 'longyou.txt'), '--city', '衢州', '--year', '2022', '--out', path.join(tmp, 'right/longyou.geojson')]);
    expect(right.code).toBe(0);
    expect(right.err).not.toMatch(/warning/);
  });

  it('warns when the year is only guessed from vocabulary', () => {
    const r = ingest([path.join(fixture, 'longyou.txt'), '--out', path.join(tmp, 'noyear/longyou.geojson')]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: the report writes no year.*2022 is a guess.*pass --year/);
    expect(r.draft!.collection.outbreak).toMatchObject({ yearBasis: 'inferred' });
  });

  it('takes a county-level --city as that county of its prefecture', () => {
    const r = ingest([path.join(fixture, 'longyou.txt'), '--city', '龙游县', '--year', '2022', '--out', path.join(tmp, 'county/longyou.geojson')]);
    expect(r.code).toBe(0);
    expect(r.draft!.collection.outbreak).toMatchObject({ city: '衢州市', county: '龙游县' });
  });

  it('derives kebab-case ids from file names', () => {
    expect(idFromFileName('drafts/My Report.geojson')).toBe('my-report');
    expect(idFromFileName('开化.txt')).toBe('kaihua');
  });
});
