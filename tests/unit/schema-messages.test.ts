/**
 * The schemas are built with zod/mini, which has no messages of its own (every issue would read "Invalid input"):
 * a failed parse must still say what is wrong, in the words the app shows for a bad data file.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOutbreakFiles } from '../../src/data/load';
import { officialEpisodesSchema } from '../../src/official/episode-file';

const anyang = JSON.parse(fs.readFileSync('geo/outbreaks/anyang.geojson', 'utf8')) as { outbreak: Record<string, unknown>; features: unknown[] };
const message = (json: unknown) => {
  try {
    parseOutbreakFiles([json], ['anyang.geojson']);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the file parsed');
};

describe('schema messages', () => {
  it('names the expected and the received type, an unknown key and a too short text', () => {
    expect(message({ ...anyang, outbreak: { ...anyang.outbreak, title: 7 } })).toBe('anyang.geojson: Invalid input: expected string, received number');
    expect(message({ ...anyang, extra: true })).toBe('anyang.geojson: Unrecognized key: "extra"');
    expect(message({ ...anyang, outbreak: { ...anyang.outbreak, title: '' } })).toBe('anyang.geojson: Too small: expected string to have >=1 characters');
  });

  it('keeps the rule messages the schemas write, and names a missing field', () => {
    expect(message({ ...anyang, outbreak: { ...anyang.outbreak, period: { start: '2022-13-01', end: '2022-02-01' } } })).toBe('anyang.geojson: not a calendar date');
    const parsed = officialEpisodesSchema.safeParse({});
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['format'], message: 'Invalid input: expected "outbreak-atlas-official-episodes/1"' });
  });
});
