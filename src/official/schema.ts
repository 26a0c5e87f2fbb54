/**
 * The contract of the official record (geo/official/), in the style of src/data/schema.ts: the decoded records
 * the app, the CLI and the bench use, and the committed files they are decoded from. Prose: geo/README.md.
 */
import { z } from '../data/zod';
import { PRECISIONS } from '../data/schema';
import { AREA_FLAG_CODES, DAY_FLAG_CODES, PRECISION_RULE_CODES, RISK_LEVELS } from './codes';

// Re-exported: the record's span and China's box live apart from the schemas, so the URL codec reads them without zod's schemas.
export { CHINA_BBOX, LAST_DATE_WITH_AREAS, RECORD_FIRST_DATE, RECORD_LAST_DATE } from './record-span';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'));
const dayNumber = z.int();
const count = z.int().check(z.nonnegative());

/** One official area: every spelling of one normalised address (src/official/normalise.ts). */
export const officialAreaSchema = z.strictObject({
  id: count,
  /** The most frequent spelling as published. */
  address: z.string().check(z.minLength(1)),
  /** Other spellings merged into this area by the normalisation rules, as published. */
  variants: z.optional(z.array(z.string().check(z.minLength(1)))),
  province: z.string(),
  prefecture: z.string(),
  county: z.optional(z.string()),
  countyCode: z.optional(z.string().check(z.regex(/^\d{6}$/))),
  township: z.optional(z.string()),
  village: z.optional(z.string()),
  /** WGS-84, converted from the lists' GCJ-02 with gcoord, 6 decimals; absent only for a no-location area. */
  lon: z.optional(z.number().check(z.minimum(-180), z.maximum(180))),
  lat: z.optional(z.number().check(z.minimum(-90), z.maximum(90))),
  precision: z.enum(PRECISIONS),
  precisionRule: z.enum(PRECISION_RULE_CODES),
  flags: z.array(z.enum(AREA_FLAG_CODES)),
}).check(z.refine((area) => (area.lon === undefined) === (area.lat === undefined) && (area.lon === undefined) === area.flags.includes('no-location'), {
  message: 'lon and lat are given together, and left out exactly when the area is flagged no-location',
}));

/**
 * A run of consecutive listed days of one area at one level with the same multiplicity: `count` entries of the
 * area's spellings on each day of [first, last] (day numbers, days since 1970-01-01). Summing `count` over the
 * intervals covering a day gives that day's list length.
 */
export const officialIntervalSchema = z.strictObject({
  area: count,
  first: dayNumber,
  last: dayNumber,
  level: z.enum(RISK_LEVELS),
  count: z.int().check(z.positive()),
});

/** Where a day's list of one level comes from; absent = no file, i.e. no data (never "no risk"). */
export const LIST_SOURCES = ['points', 'lists-2022'] as const;

export const dayCoverageSchema = z.strictObject({
  day: dayNumber,
  high: z.boolean(),
  medium: z.boolean(),
  /** The source files, e.g. "points/20210810_h.geojson points/20210810_m.geojson"; "" on a day with none. */
  source: z.string(),
  /** The file each level's list comes from (relative to ../shared/official-risk-areas/). */
  highFile: z.optional(z.string()),
  mediumFile: z.optional(z.string()),
});

export const dayFlagSchema = z.strictObject({
  date: isoDate,
  level: z.enum(RISK_LEVELS),
  code: z.enum(DAY_FLAG_CODES),
  /** Numbers behind the flag, e.g. "list 120, published 130". */
  detail: z.string(),
});

const ints = z.array(z.int());
const nonNegativeInts = z.array(count);

/**
 * One year of the record in columnar form (geo/official/official-YYYY.json); see geo/README.md. Every column of
 * a section has one value per row, except the sparse pairs (variantArea/variantText, countAt/countValue).
 */
export const officialChunkSchema = z.strictObject({
  format: z.literal('outbreak-atlas-official-chunk/2'),
  year: z.int(),
  firstDate: isoDate,
  lastDate: isoDate,
  /** De-duplicated strings; index 0 is "" and stands for "absent". */
  strings: z.array(z.string()),
  /** Distinct admin chains: indices into `strings`. `head` is the address as published up to its county. */
  chains: z.strictObject({
    province: nonNegativeInts,
    prefecture: nonNegativeInts,
    county: nonNegativeInts,
    countyCode: nonNegativeInts,
    head: nonNegativeInts,
  }),
  areas: z.strictObject({
    /** Global area id, as the difference from the previous row's (ids ascend). */
    idDelta: nonNegativeInts,
    chain: nonNegativeInts,
    township: nonNegativeInts,
    village: nonNegativeInts,
    /** The address after `head`. */
    tail: z.array(z.string()),
    /** WGS-84 micro-degrees, as the difference from the previous row's. */
    lonDelta: ints,
    latDelta: ints,
    /** PRECISIONS index × 8 + PRECISION_RULE_CODES index. */
    precisionRule: nonNegativeInts,
    /** Bit i set = AREA_FLAG_CODES[i]. */
    flags: nonNegativeInts,
    variantArea: nonNegativeInts,
    variantText: z.array(z.string()),
  }),
  intervals: z.strictObject({
    /** Row of `areas`, as the difference from the previous interval's (intervals sorted by area, first day). */
    areaDelta: nonNegativeInts,
    /** Days after `firstDate`. */
    first: nonNegativeInts,
    /** (last − first) × 2 + level (0 high, 1 medium). */
    spanLevel: nonNegativeInts,
    countAt: nonNegativeInts,
    countValue: nonNegativeInts,
  }),
});

const dayColumn = z.array(z.nullable(count));

/** geo/official/meta.json: the small file read first (coverage, counts per day, the year files). */
export const officialMetaSchema = z.strictObject({
  format: z.literal('outbreak-atlas-official-meta/1'),
  firstDate: isoDate,
  lastDate: isoDate,
  chunks: z.array(z.strictObject({ year: z.int(), file: z.string(), areas: count, intervals: count })),
  /** Per day from firstDate: entries in force (null = no list of that level that day). */
  high: dayColumn,
  medium: dayColumn,
  /** Per day: index into LIST_SOURCES + 1, 0 = no file. */
  highSource: nonNegativeInts,
  mediumSource: nonNegativeInts,
  /** Per day: the total printed by the official notice (lists-2022 hcount / mcount), null where unknown. */
  publishedHigh: dayColumn,
  publishedMedium: dayColumn,
  dayFlags: z.array(dayFlagSchema),
  totals: z.strictObject({
    areas: count,
    intervals: count,
    entries: count,
    listOnlyEntries: count,
    listOnlyEntriesJoined: count,
    areasWithoutPoint: count,
    precision: z.record(z.string(), count),
    rules: z.record(z.string(), count),
    flags: z.record(z.string(), count),
    merges: z.record(z.string(), count),
  }),
});

const unitDaysLevel = z.strictObject({
  /** Unit keys as src/national/admin-units.ts makes them: a division code, or `<prefecture code>:county-not-named`. */
  units: z.array(z.string()),
  /** Per day from firstDate: [unit, high, medium, …] for each unit whose counts differ from the day before (from 0). */
  changes: z.array(nonNegativeInts),
});

/**
 * geo/official/unit-days.json: areas in force per province, prefecture and county on each day, derived from the
 * year files and the gazetteer (src/national/unit-days.ts), so the national view draws its circles before the
 * year files are decoded.
 */
export const officialUnitDaysSchema = z.strictObject({
  format: z.literal('outbreak-atlas-official-unit-days/1'),
  firstDate: isoDate,
  lastDate: isoDate,
  province: unitDaysLevel,
  prefecture: unitDaysLevel,
  county: unitDaysLevel,
});

export type OfficialArea = z.infer<typeof officialAreaSchema>;
export type OfficialInterval = z.infer<typeof officialIntervalSchema>;
export type DayCoverage = z.infer<typeof dayCoverageSchema>;
export type OfficialDayFlag = z.infer<typeof dayFlagSchema>;
export type OfficialChunk = z.infer<typeof officialChunkSchema>;
export type OfficialMeta = z.infer<typeof officialMetaSchema>;
export type OfficialUnitDays = z.infer<typeof officialUnitDaysSchema>;
