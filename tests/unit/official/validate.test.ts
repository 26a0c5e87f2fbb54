import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/data/validate';
import { validateOfficialDir } from '../../../scripts/lib/official-validate';

describe('npm run validate: the official record', () => {
  it('accepts the valid fixture', () => {
    const result = validateOfficialDir('tests/fixtures/official/valid');
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect([result.areas, result.intervals]).toEqual([2, 3]);
  });
  it('names the file and the record of each defect in the broken fixture', () => {
    const messages = validateOfficialDir('tests/fixtures/official/broken').problems.map(formatProblem);
    const file = 'tests/fixtures/official/broken/official-2021.json';
    expect(messages).toContainEqual(`${file} [area 0 河南省安阳市汤阴县古贤镇大朱庄村] $.areas[0]: differs from the same area in another year file`);
    expect(messages).toContainEqual(`${file} [area 1 河南省安阳市汤阴县育才中学] $.areas[1]: point 14.351732,35.922436 outside China and not flagged outside-china`);
    expect(messages.some((m) => m.startsWith(`${file} [area 1 河南省安阳市汤阴县育才中学] $.areas[1].precisionRule:`))).toBe(true);
    expect(messages).toContainEqual(`${file} [interval area 0 high 2021-01-02..2021-01-02] $.intervals[1]: overlaps or precedes interval area 0 high 2021-01-01..2021-01-02 (intervals of one area and level must be sorted and disjoint)`);
  });
  it('reports counts per unit and day (unit-days.json) that the year files do not give, or none at all', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-official-'));
    try {
      fs.cpSync('tests/fixtures/official/valid', dir, { recursive: true });
      const file = path.join(dir, 'unit-days.json');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('[[0,1,0],[],[0,1,1],[]]', '[[0,1,0],[],[0,2,1],[]]'));
      expect(validateOfficialDir(dir).problems.map((p) => p.message)).toEqual(['differs from the counts per unit and day of the year files and the gazetteer (run npm run official)']);
      fs.rmSync(file);
      expect(validateOfficialDir(dir).problems.map((p) => p.message)).toEqual(['missing (run npm run official)']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('reports episodes (episodes.json) that the counts per unit and day do not give', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-official-'));
    try {
      fs.cpSync('tests/fixtures/official/valid', dir, { recursive: true });
      const file = path.join(dir, 'episodes.json');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"peak": [2]', '"peak": [3]'));
      expect(validateOfficialDir(dir).problems.map((p) => p.message)).toEqual(['differs from the episodes of the counts per unit and day (run npm run official)']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('reports a missing year file by name', () => {
    const messages = validateOfficialDir('tests/fixtures/official/missing-does-not-exist').problems.map(formatProblem);
    expect(messages).toEqual(['tests/fixtures/official/missing-does-not-exist/meta.json $: missing (run npm run official)']);
  });
});
