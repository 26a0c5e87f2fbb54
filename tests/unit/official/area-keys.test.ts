/** Link keys of official areas: the same area keeps its key when the record is rebuilt; old build-order ids still resolve. */
import { describe, expect, it } from 'vitest';
import { areaKeyOfAddress, AREA_KEY_PATTERN } from '../../../src/official/area-key';
import { AreaKeyCollisionError, assignAreaKeys } from '../../../src/official/area-keys';
import { buildOfficialRecord, type DailyList } from '../../../src/official/build';
import { decodeOfficial } from '../../../src/official/decode';
import { encodeOfficial } from '../../../src/official/encode';
import { keyOfLegacyId, legacyIdsFileOf, legacyIdsFiles, LEGACY_IDS_PER_FILE } from '../../../src/official/legacy-ids';
import { DIVISIONS, divisions } from './fixture-divisions';

const list = (date: string, addresses: string[]): DailyList => ({
  date, level: 'high', file: `points/${date.replaceAll('-', '')}_h.geojson`,
  entries: addresses.map((address, i) => ({ address, gcj02: [114.35 + i / 100, 35.92] as const })),
});
const DAY_1 = list('2021-08-10', ['河南省安阳市汤阴县古贤镇大朱庄村', '河南省安阳市汤阴县育才中学', '湖南省株洲市石峰区翰林府1期和3期']);
const DAY_2 = list('2021-08-11', ['湖南省株洲市石峰区翰林府1期和3期（新增）', '北京市朝阳区双井街道瑞志酒店']);
// A later day lists an address that sorts before all the others: every build-order id after it moves by one.
const EXTRA_DAY = list('2021-08-12', ['北京市朝阳区建外街道一号院', '河南省安阳市汤阴县育才中学']);

const build = (lists: DailyList[]) => buildOfficialRecord({ lists, published: [], divisions, divisionList: DIVISIONS }).record;
const keyByAddress = (record: ReturnType<typeof build>) => new Map(record.areas.map((area) => [area.address, record.keys[area.id]]));

describe('area keys do not depend on build order', () => {
  it('gives each area the same key whatever order the lists are read in and when a day adds areas', () => {
    const first = build([DAY_1, DAY_2]);
    const reversed = build([DAY_2, DAY_1]);
    const more = build([DAY_1, DAY_2, EXTRA_DAY]);
    // The extra day moves the build-order ids (what links carried before), so the test would see a key that followed them.
    const idOf = (record: ReturnType<typeof build>, address: string) => record.areas.find((a) => a.address === address)?.id;
    expect(idOf(more, '河南省安阳市汤阴县育才中学')).not.toBe(idOf(first, '河南省安阳市汤阴县育才中学'));
    expect(keyByAddress(reversed)).toEqual(keyByAddress(first));
    for (const [address, key] of keyByAddress(first)) expect(keyByAddress(more).get(address)).toBe(key);
    expect(first.keys.every((key) => AREA_KEY_PATTERN.test(key))).toBe(true);
  });
  it('keys an area by its normalised address: every spelling gives the key the build gave', () => {
    const record = build([DAY_1, DAY_2]);
    const area = record.areas.find((a) => a.variants?.includes('湖南省株洲市石峰区翰林府1期和3期（新增）'));
    expect(area).toBeDefined();
    expect(areaKeyOfAddress('湖南省株洲市石峰区翰林府1期和3期（新增）')).toBe(record.keys[area!.id]);
    expect(areaKeyOfAddress(area!.address)).toBe(record.keys[area!.id]);
    expect(areaKeyOfAddress('湖南省株洲市石峰区翰林府2期')).not.toBe(record.keys[area!.id]);
  });
  it('stops the build on a collision, naming both addresses', () => {
    // Two normalised addresses that hash alike cannot be typed by hand; one text twice gives the same key.
    const addresses = ['河南省安阳市汤阴县育才中学', '河南省安阳市汤阴县 育才中学'];
    expect(() => assignAreaKeys(['河南省安阳市汤阴县育才中学', '河南省安阳市汤阴县育才中学'], (id) => addresses[id]))
      .toThrowError(new AreaKeyCollisionError(`area key ${areaKeyOfAddress(addresses[0])} is shared by "河南省安阳市汤阴县育才中学" (id 0) and "河南省安阳市汤阴县 育才中学" (id 1): change the key rule in src/official/area-key.ts`));
  });
  it('finds an area of the decoded record by its key, and gives the key of an id', () => {
    const record = build([DAY_1, DAY_2, EXTRA_DAY]);
    const { meta, chunks } = encodeOfficial(record, { merges: { areasByRule: {}, examples: {}, spellings: 0, areas: 0 }, listOnlyEntries: 0, listOnlyEntriesJoined: 0, listOnlyAreas: 0, listOnlyAreasJoined: 0 });
    const decoded = decodeOfficial(meta, chunks);
    record.keys.forEach((key, id) => {
      expect(decoded.keys.idOf(key)).toBe(id);
      expect(decoded.keys.keyOf(id)).toBe(key);
    });
    expect(decoded.keys.idOf('00000000000')).toBeUndefined();
  });
});

describe('legacy build-order ids', () => {
  const keys = Array.from({ length: LEGACY_IDS_PER_FILE + 3 }, (_, id) => areaKeyOfAddress(`河南省安阳市汤阴县某村${id}号`));
  const files = new Map(legacyIdsFiles(keys).map(({ name, file }) => [name, file]));
  it('round-trips: the file named for an id holds that id\'s key', () => {
    expect([...files.keys()]).toEqual(['legacy-ids/0.json', 'legacy-ids/1.json']);
    for (const id of [0, 1, LEGACY_IDS_PER_FILE - 1, LEGACY_IDS_PER_FILE, LEGACY_IDS_PER_FILE + 2]) {
      const file = files.get(legacyIdsFileOf(id));
      expect(file && keyOfLegacyId(file, id)).toBe(keys[id]);
    }
  });
  it('has no key for an id past the table', () => {
    const last = files.get(legacyIdsFileOf(LEGACY_IDS_PER_FILE + 3));
    expect(last && keyOfLegacyId(last, LEGACY_IDS_PER_FILE + 3)).toBeUndefined();
    expect(files.get(legacyIdsFileOf(3 * LEGACY_IDS_PER_FILE))).toBeUndefined();
  });
});
