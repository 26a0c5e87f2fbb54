/**
 * A wrong year does not pass silently (issue 21, item 12): `--year` outside 2019–2023 is refused on the command line
 * (exit 2), and a `--year` the report's own dates written with a year contradict is refused with them quoted;
 * the year that fits is taken, and so is a later year after a look back the next days follow closely.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../../scripts/ingest';
import { warmIngestSources } from '../../../scripts/lib/ingest-sources';
import { laterThanWritten, yearConflict } from '../../../src/ingest/year-check';
import { repoRoot } from '../../../src/node/geo-files';

const sources = warmIngestSources();
let tmp: string;
beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-year-')); });
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The fixture report with its first date written with the year, as a real notice writes it. */
const LONGYOU = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/ingest/longyou.txt'), 'utf8');
const DATED = LONGYOU.replace('4月2日,龙游县', '2022年4月2日,龙游县');

function ingest(text: string, year: string) {
  const input = path.join(tmp, 'report.txt');
  fs.writeFileSync(input, text);
  const out = path.join(tmp, `y${year}.geojson`);
  const err: string[] = [];
  const io: Io = { out: () => {}, err: (l) => err.push(l), cwd: tmp };
  return { ...run([input, '--city', '衢州市', '--year', year, '--out', out, '--quiet'], io, sources), err: err.join('\n'), written: fs.existsSync(out) };
}

describe('ingest --year', () => {
  it.each(['1800', '2099', '2018', '2024'])('refuses %s, outside the era, with exit status 2 and the bound', (year) => {
    const r = ingest(LONGYOU, year);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`--year ${year} is outside 2019–2023, the years of COVID-19 measures in China`));
    expect(r.written).toBe(false);
  });

  it.each(['2021', '2023'])('refuses %s when the report writes 2022年4月2日, quoting it and the day it would tear off', (year) => {
    const r = ingest(DATED, year);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`--year ${year} contradicts the report, which writes 2022年4月2日: "2022年4月2日,龙游县湖镇镇星火村发现1例新冠肺炎确诊病例。"`);
    expect(r.err).toContain(`would be dated ${year}-04-02`);
    expect(r.written).toBe(false);
  });

  it('takes the year the report writes, and dates every event in it', () => {
    const r = ingest(DATED, '2022');
    expect(r.code).toBe(0);
    const dates = r.draft!.collection.features.flatMap((f) => f.properties.events.map((e) => e.date));
    expect(dates.length).toBeGreaterThan(3);
    expect(dates.every((d) => d.startsWith('2022-'))).toBe(true);
  });
});

describe('yearConflict', () => {
  it('finds none in the five seed reports with their years (Heze quotes ——2020年2月10日 and says 第二天 paragraphs later)', () => {
    const years: Record<string, number> = { anyang: 2022, fengtai: 2022, heze: 2022, shifeng: 2021, kaihua: 2022 };
    for (const [id, year] of Object.entries(years)) expect(yearConflict(fs.readFileSync(path.join(repoRoot, `geo/reports/${id}.txt`), 'utf8'), year), id).toBeUndefined();
  });

  it('finds a written year later than --year even with no undated day after it', () => {
    const conflict = yearConflict('4月2日,某县发现病例。报道发布于2022年4月20日。', 2021);
    expect(conflict?.written).toBe('2022年4月20日');
    expect(conflict?.next).toBeUndefined();
  });

  it('lets a later --year follow a look back in a paragraph of its own, and says it is later', () => {
    const lookBack = '回顾2020年1月23日武汉的经验。\n4月2日,某县发现病例。次日,划定高风险区。';
    expect(yearConflict(lookBack, 2022)).toBeUndefined();
    expect(laterThanWritten(lookBack, 2022)?.written).toBe('2020年1月23日');
    expect(laterThanWritten(lookBack, 2020)).toBeUndefined();
  });

  it('refuses a later --year whose next day in the paragraph would be a year from the written date', () => {
    expect(yearConflict('2022年1月5日,某县发现首例病例。次日,划定高风险区。', 2023)?.next).toEqual({ written: '次日', date: '2023-01-06' });
    expect(yearConflict('2022年1月5日,某县发现首例病例。1月7日,划定高风险区。', 2023)?.next).toEqual({ written: '1月7日', date: '2023-01-07' });
  });
});
