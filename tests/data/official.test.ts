/**
 * The shipped official record (geo/official/) against a rebuild from ../shared/official-risk-areas/: byte for
 * byte, and the entries in force on each of the 878 listed days equal that day's list length. Without ../shared
 * the rebuild tests are skipped with the reason shown (the checks of the shipped files alone still run).
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { intervalColumns } from '../../src/official/columns';
import { OfficialDayIndex } from '../../src/official/day-index';
import { LAST_DATE_WITH_AREAS } from '../../src/official/schema';
import { dayNumber } from '../../src/core/calendar-day';
import { rebuildOfficial, type Rebuild } from '../../scripts/lib/official-build';
import { loadOfficial, officialPath, readOfficialMeta } from '../../src/node/official-files';
import { officialSourceDir } from '../../scripts/lib/official-sources';

const sourceDir = officialSourceDir();
const hasShared = fs.existsSync(sourceDir);
const SKIP_REASON = `skipped: ../shared not found (${sourceDir}); set ATLAS_SHARED_DIR to rebuild geo/official/`;
if (!hasShared) console.log(SKIP_REASON);

describe('geo/official/ is what npm run official builds', () => {
  let rebuild: Rebuild | undefined;
  beforeAll(() => {
    if (hasShared) rebuild = rebuildOfficial(sourceDir);
  }, 600_000);

  it('every shipped file equals the rebuild, byte for byte', (ctx) => {
    ctx.skip(!rebuild, SKIP_REASON);
    for (const [name, text] of rebuild?.files ?? []) {
      expect(fs.existsSync(officialPath(name)), `${name} is shipped`).toBe(true);
      expect(fs.readFileSync(officialPath(name), 'utf8') === text, `${name} equals the rebuild (run npm run official)`).toBe(true);
    }
  });

  it('entries in force equal the list length on every listed day (multiplicity kept), from the shipped files', (ctx) => {
    ctx.skip(!rebuild, SKIP_REASON);
    const shipped = loadOfficial();
    const index = new OfficialDayIndex(intervalColumns(shipped.intervals), shipped.coverage, shipped.totalAreas);
    const lengths = new Map((rebuild?.sources.lists ?? []).map((list) => [`${list.date}:${list.level}`, list.entries.length]));
    const days = new Set((rebuild?.sources.lists ?? []).map((list) => list.date));
    expect(days.size).toBe(878);
    let compared = 0;
    for (const date of days) {
      const counts = index.countsOn(dayNumber(date));
      expect({ date, high: counts.high, medium: counts.medium }).toEqual({ date, high: lengths.get(`${date}:high`) ?? null, medium: lengths.get(`${date}:medium`) ?? null });
      compared += 1;
    }
    expect(compared).toBe(878);
  }, 30_000); // loads and indexes the whole shipped record: seconds on a busy shared machine

  it('the published totals of 2022 (hcount, mcount) match the lists on every day they exist', (ctx) => {
    ctx.skip(!rebuild, SKIP_REASON);
    const mismatches = rebuild?.meta.dayFlags.filter((flag) => flag.code === 'count-mismatch') ?? [];
    expect(rebuild?.sources.published.length).toBe(254);
    expect(mismatches).toEqual([]);
  });
});

describe('the day the national view opens on', () => {
  it('is the last day of the shipped lists with areas in force; the record\'s last day after it has none', () => {
    const meta = readOfficialMeta();
    const inForce = meta.high.map((high, d) => (high ?? 0) + (meta.medium[d] ?? 0));
    const last = inForce.findLastIndex((n) => n > 0);
    expect(last).toBe(dayNumber(LAST_DATE_WITH_AREAS) - dayNumber(meta.firstDate));
    expect(inForce.slice(last + 1).every((n) => n === 0)).toBe(true);
    expect(dayNumber(meta.lastDate)).toBeGreaterThan(dayNumber(LAST_DATE_WITH_AREAS));
  });
});
