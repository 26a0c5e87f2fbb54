/** The national view's export adapter scoped to an episode: its days, unit bounds, title, totals and single areas. */
import { describe, expect, it, vi } from 'vitest';
import type { AdminDivision } from '../../../src/data/admin-divisions';
import { exportFileName } from '../../../src/export/animation/file-name';
import { STATUS_COLOURS } from '../../../src/map/style';
import type { UnitLevel, UnitLevelSet } from '../../../src/national/admin-units';
import type { NationalRecord } from '../../../src/national/record';
import { dayNumber } from '../../../src/core/calendar-day';
import { nationalAnimationSource, type NationalExportInput } from '../../../src/ui/national/export-source';

// The offline province outlines are fetched in the page; here the basemap is empty.
vi.mock('../../../src/map/national/basemap-data', () => ({ loadOutlines: () => Promise.resolve({ type: 'FeatureCollection', features: [] }) }));
// Its module draws with Leaflet, which needs a window; the adapter reads only the credit.
vi.mock('../../../src/map/national/national-outlines', () => ({ OUTLINES_ATTRIBUTION: 'Outlines: test' }));

const RECORD_FIRST = dayNumber('2020-01-01');
const EPISODE = { min: dayNumber('2021-12-08'), max: dayNumber('2021-12-12') };
// Areas 0, 1 in 西安市 (0 high, located; 1 medium, city precision), area 2 elsewhere (high, must not be drawn).
const intervals = [
  { area: 0, first: EPISODE.min + 1, last: EPISODE.min + 3, level: 'high' as const },
  { area: 1, first: EPISODE.min + 2, last: EPISODE.min + 3, level: 'medium' as const },
  { area: 2, first: EPISODE.min, last: EPISODE.max, level: 'high' as const },
];
const recordDays = EPISODE.max - RECORD_FIRST + 1;
// The record's all-China totals: 9 high every day, so a total read at the wrong index shows.
const record = { areaCount: 3, intervals, firstDay: RECORD_FIRST, totals: { high: Array(recordDays).fill(9), medium: Array(recordDays).fill(0) } } as unknown as NationalRecord;
const division = (code: string) => ({ code, name: code }) as unknown as AdminDivision;
const level = (name: UnitLevel, codes: string[], unitOfArea: number[]): UnitLevelSet => ({
  level: name, units: codes.map((code) => ({ key: code, division: division(code), unknownCounty: false })), unitOfArea: Int32Array.from(unitOfArea), unplaced: 0,
});
const units = { province: level('province', ['610000', '110000'], [0, 0, 1]), prefecture: level('prefecture', ['610100', '110100'], [0, 0, 1]), county: level('county', [], [-1, -1, -1]) };

/** What the map's layers read: label points per unit and level, and each area's point. */
const LAYER = {
  lon: [108.95, 108.9, 116.4], lat: [34.26, 34.3, 39.9], uncertaintyMetres: [0, 60_000, 0],
  units: {
    province: [{ lon: 108.9, lat: 34.3 }, { lon: 116.4, lat: 39.9 }],
    prefecture: [{ lon: 108.94, lat: 34.34 }, { lon: 116.41, lat: 39.91 }],
    county: [],
  },
};
const XIAN_VIEW = { bounds: { south: 33.7, west: 107.6, north: 34.8, east: 109.8 }, zoom: 8 };

function input(scoped: boolean): NationalExportInput {
  return {
    record, units, layer: LAYER, range: scoped ? EPISODE : { min: RECORD_FIRST, max: EPISODE.max },
    day: EPISODE.min + 2, speed: 1, lang: 'en', deepLink: 'http://x/', tilesOnScreen: false,
    scope: scoped ? {
      id: '610100-20211215', adcode: '610100', title: "Xi'an episode", bounds: [[33.7, 107.6], [34.8, 109.8]], outline: null,
      // A day without a list (the 4th) is null: "no data".
      totals: { high: [0, 1, 1, null, 0], medium: [0, 0, 1, null, 0] },
      points: { lon: [108.95, 108.9, 116.4], lat: [34.26, 34.3, 39.9], uncertaintyMetres: [0, 60_000, 0] },
    } : undefined,
  };
}

describe('national export source scoped to an episode', () => {
  it("covers the episode's days on its unit's bounds with its title and a file name of its id", async () => {
    const s = await nationalAnimationSource(input(true));
    expect(s.period).toEqual({ first: EPISODE.min, last: EPISODE.max });
    expect(s.bounds).toEqual({ south: 33.7, west: 107.6, north: 34.8, east: 109.8 });
    expect(s.title).toBe("Xi'an episode");
    expect(exportFileName(s.id, s.isoDate(s.period.first), s.isoDate(s.period.last), 'webm')).toBe('610100-20211215_2021-12-08_2021-12-12.webm');
  });

  it("counts the unit's totals, a day without a list as no data", async () => {
    const s = await nationalAnimationSource(input(true));
    expect(s.histogram).toEqual([0, 1, 2, null, 0]);
    expect(s.totals(EPISODE.min + 2)).not.toBe(s.totals(EPISODE.min + 3));
    expect(s.totals(EPISODE.min + 3)).toMatch(/no data|no list/i);
  });

  it("draws the unit's areas in force as dots, high on top and a dashed ring on a coarse one; none elsewhere", async () => {
    const s = await nationalAnimationSource(input(true));
    expect(s.scene(EPISODE.min + 2, XIAN_VIEW)).toEqual([
      { type: 'dot', at: [108.9, 34.3], radiusPx: 4, colour: STATUS_COLOURS['medium-risk'], opacity: 0.9, dashedRing: true },
      { type: 'dot', at: [108.95, 34.26], radiusPx: 4, colour: STATUS_COLOURS['high-risk'], opacity: 0.9, dashedRing: false },
    ]);
    expect(s.scene(EPISODE.min, XIAN_VIEW)).toEqual([]);
  });

  it('reads the record totals from its own first day when not scoped', async () => {
    const s = await nationalAnimationSource(input(false));
    expect(s.id).toBe('china');
    expect(s.histogram.at(-1)).toBe(9);
    expect(s.histogram).toHaveLength(recordDays);
  });
});
