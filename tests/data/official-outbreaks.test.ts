/** `npm run -s official:outbreaks` answers from geo/official/ alone: run here with ATLAS_SHARED_DIR pointing nowhere. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { EpisodeLine } from '../../src/official/episode-file';

const run = () => spawnSync('npx', ['tsx', 'scripts/official-outbreaks.ts'], {
  encoding: 'utf8', env: { ...process.env, ATLAS_SHARED_DIR: '/nonexistent-shared' },
});

describe('npm run -s official:outbreaks', { timeout: 30_000 }, () => {
  const result = run();
  const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as EpisodeLine);
  const find = (unit: string, start: string) => lines.find((l) => l.unit === unit && l.start === start);

  it('prints one JSON object a line, about 750 episodes in 2020–2022, without ../shared', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(Object.keys(lines[0])).toEqual(['id', 'province', 'unit', 'adcode', 'start', 'end', 'peak', 'peakDay', 'areaDays']);
    expect(lines.length).toBeGreaterThan(650);
    expect(lines.length).toBeLessThan(850);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
  });

  it('finds the outbreaks known from the record, with their spans and peaks', () => {
    expect(find('西安市', '2021-12-15')).toMatchObject({ id: '610100-20211215', province: '陕西省', end: '2022-01-22', peak: 151, peakDay: '2021-12-27' });
    expect(find('石家庄市', '2021-01-04')).toMatchObject({ end: '2021-02-20' });
    expect(find('扬州市', '2021-07-31')).toMatchObject({ end: '2021-09-08' });
    expect(find('长春市', '2022-03-13')).toMatchObject({ end: '2022-04-30' });
    expect(find('北海市', '2022-07-14')).toMatchObject({ province: '广西壮族自治区', end: '2022-08-15', peak: 538 });
    expect(find('安阳市', '2022-01-08')).toMatchObject({ end: '2022-02-02' });
    expect(find('菏泽市', '2022-07-25')).toMatchObject({ end: '2022-08-09' });
    expect(find('株洲市', '2021-07-31')).toMatchObject({ end: '2021-08-15' });
  });

  it('counts the municipalities as one unit each', () => {
    const units = new Set(lines.filter((l) => ['北京市', '天津市', '上海市', '重庆市'].includes(l.province)).map((l) => `${l.adcode} ${l.unit}`));
    expect([...units].sort()).toEqual(['110000 北京市', '120000 天津市', '310000 上海市', '500000 重庆市']);
  });
});
