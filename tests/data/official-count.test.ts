/** `npm run -s official:count` answers from geo/official/ alone: run here with ATLAS_SHARED_DIR pointing nowhere. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoOfDay } from '../../src/core/calendar-day';
import { readOfficialMeta } from '../../src/node/official-files';

const run = (args: string[]) => spawnSync('npx', ['tsx', 'scripts/official-count.ts', ...args], {
  encoding: 'utf8', env: { ...process.env, ATLAS_SHARED_DIR: '/nonexistent-shared' },
});

// Each test starts the CLI through npx + tsx: seconds on a busy shared machine, more than vitest's 5 s default.
describe('npm run -s official:count', { timeout: 30_000 }, () => {
  const meta = readOfficialMeta();
  const first = dayNumber(meta.firstDate);
  it('prints one JSON line per date, the entries in force that day, without ../shared', () => {
    const result = run(['2021-08-10', '2021-11-01', '2022-11-25']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      { date: '2021-08-10', high: 15, medium: 202 },
      { date: '2021-11-01', high: null, medium: null, noData: ['high', 'medium'] },
      { date: '2022-11-25', high: 22480, medium: 0 },
    ]);
  });
  it('answers 150 dates in one call, each equal to the per-day counts in meta.json', () => {
    const days = Array.from({ length: 150 }, (_, i) => first + i * 5);
    const started = performance.now();
    const result = run(days.map(isoOfDay));
    console.log(`official:count: 150 dates in ${(performance.now() - started).toFixed(0)} ms (tsx start-up included)`);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { date: string; high: number | null; medium: number | null });
    expect(lines.map((l) => [l.date, l.high, l.medium])).toEqual(days.map((day) => [isoOfDay(day), meta.high[day - first], meta.medium[day - first]]));
  });
  it('refuses a malformed or out-of-range date: message on stderr, nothing on stdout, exit 1', () => {
    const result = run(['2021-08-10', '2021-13-01', '2023-01-01']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('official:count: 2021-13-01 is not a calendar date');
    expect(result.stderr).toContain('official:count: 2023-01-01 is outside the record (2020-07-29 to 2022-12-24)');
  });
});
