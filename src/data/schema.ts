/**
 * The one data contract of Outbreak Atlas: every file in geo/outbreaks/ parses with `outbreakFileSchema`,
 * and every type the app and the tools use is inferred from here. Prose version: geo/README.md.
 */
import { z } from './zod';
import { dayNumber } from '../core/calendar-day';

export const KINDS = [
  'risk-area', // village, community, compound, school… designated high/medium/low risk, sealed or controlled
  'county-control', // a whole county/district under regional control (drawn as its polygon)
  'city-control', // a whole city: stay-at-home orders, city-wide risk level (drawn as the city outline)
  'quarantine-site',
  'checkpoint',
  'hospital',
  'makeshift-hospital',
  'testing-site',
  'vaccination-site',
  'service-point',
  'command-post',
  'transport', // public transport lines or stations suspended / resumed
] as const;

/** Status of a place from an event on; the timeline derives the state on a date from the latest one. */
export const STATUSES = [
  'first-case', 'reported',
  'high-risk', 'medium-risk', 'low-risk',
  'sealed', 'controlled', 'precaution', 'regional-control', 'lockdown',
  'opened', 'in-use', 'closed',
  'suspended', 'partly-resumed', 'resumed',
  'lifted',
] as const;

/**
 * Statuses after which a place is no longer under a measure (shown faded, then hidden). `partly-resumed` (some
 * lines or services back, the rest still suspended) is not one of them.
 */
export const ENDING_STATUSES = ['low-risk', 'closed', 'resumed', 'lifted'] as const;

export const PRECISIONS = ['exact', 'neighbourhood', 'village', 'township', 'county', 'city'] as const;

export const OUTBREAK_IDS = ['anyang', 'fengtai', 'heze', 'shifeng', 'kaihua'] as const;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'), z.refine((s) => !Number.isNaN(dayNumber(s)), 'not a calendar date'));
const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM'));
const idPattern = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lower-case kebab-case'));
/**
 * `admin:<adcode>` for a polygon in geo/sources/counties-china.geojson, `geonames:<id>` for a record in
 * geonames-china.json, `city:<prefecture name>` for a prefecture outline (阿拉善盟 and 伊犁哈萨克自治州 have no 市),
 * `official:<address>` for an area of the official record (geo/official/), `official-centroid:<key>` for a derived
 * township or zone centre (geo/official/centroids.json), `reviewer` for a point placed by a reviewer (below).
 */
const geometrySourcePattern = z.string().check(z.regex(/^(admin:\d{6}|geonames:\d+|city:[\u4e00-\u9fff]+|official:\S+|official-centroid:[\u4e00-\u9fff]+|reviewer)$/,
  'geometrySource must be admin:<adcode>, geonames:<id>, city:<prefecture name>, official:<address>, official-centroid:<key> or reviewer'));

/**
 * A point a reviewer placed on the map (the review panel of the app): the coordinates are only in the geometry, the
 * precision is the one the reviewer chose, and `geometryNote` says what the placement rests on (the validator
 * requires it).
 */
export const REVIEWER_SOURCE = 'reviewer';

/** Han characters (CJK unified ideographs and extension A). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/u;
/** Four Latin words in a row: an English phrase, which a Chinese text must not carry (codes and ids such as GCJ-02 or anyang-yucai-quarantine-sites are fine). */
const ENGLISH_PHRASE = /[A-Za-z]{2,}(?:[\s,;:'’()]+[A-Za-z]{2,}){3}/u;
const LATIN_WORD = /[A-Za-z]{2,}/u;

/**
 * A text written for readers (a flag, a note, the evidence of a year) in Simplified Chinese and in English: the
 * interface shows the one of its language. Quoted report passages stay Chinese in both.
 */
export const localizedText = z.strictObject({
  zh: z.string().check(z.regex(/\S/u, 'zh text is empty')),
  en: z.string().check(z.regex(/\S/u, 'en text is empty')),
}).check(
  z.refine((text) => HAN.test(text.zh), { message: 'zh text has no Chinese characters', path: ['zh'] }),
  z.refine((text) => !ENGLISH_PHRASE.test(text.zh), { message: 'zh text contains an English phrase', path: ['zh'] }),
  z.refine((text) => LATIN_WORD.test(text.en), { message: 'en text has no English words', path: ['en'] }),
);

/** The zh of a text a tool wrote in English only (`npm run ingest` drafts): valid in a draft, refused in curated data. */
export const UNTRANSLATED_ZH = '〔待译〕此说明由 npm run ingest 自动生成，只有英文；审核时请译成中文。';

const lonLat = z.tuple([z.number().check(z.minimum(-180), z.maximum(180)), z.number().check(z.minimum(-90), z.maximum(90))]);
const ring = z.array(lonLat).check(z.minLength(4));
export const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: lonLat }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).check(z.minLength(1)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)) }),
]);

export const eventSchema = z.strictObject({
  date: isoDate,
  time: z.optional(clockTime),
  status: z.enum(STATUSES),
  /** Verbatim passage of the outbreak's report text that supports this event on this date. */
  quote: z.string().check(z.minLength(4)),
  /** Set when the date, number or place of this event is uncertain; says why. */
  flag: z.optional(localizedText),
  note: z.optional(localizedText),
});

export const featurePropertiesSchema = z.strictObject({
  id: idPattern,
  name: z.string().check(z.minLength(1)),
  nameEn: z.string().check(z.minLength(1)),
  kind: z.enum(KINDS),
  precision: z.enum(PRECISIONS),
  admin: z.strictObject({ county: z.string().check(z.minLength(1)), township: z.optional(z.string()), village: z.optional(z.string()) }),
  geometrySource: geometrySourcePattern,
  /** Why this geometry and precision were chosen (e.g. "village not in GeoNames; placed at its township"). */
  geometryNote: z.optional(localizedText),
  flag: z.optional(localizedText),
  events: z.array(eventSchema).check(z.minLength(1)),
  /** Only in drafts written by `npm run ingest`; curated files leave these out. */
  review: z.optional(z.enum(['pending', 'accepted', 'rejected'])),
  confidence: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  /**
   * The notice section the place was listed under (一、高风险区降为中风险区（4个）…), when the report is a notice
   * with headed lists: `order` is the section's place in the notice, `heading` its line as written, `count` the
   * number the heading states. Kept in a reviewed file as provenance; the review groups candidates by it.
   */
  section: z.optional(z.strictObject({ order: z.int().check(z.minimum(0)), heading: z.string().check(z.minLength(1)), count: z.optional(z.int().check(z.minimum(0))) })),
});

export const featureSchema = z.strictObject({
  type: z.literal('Feature'),
  geometry: geometrySchema,
  properties: featurePropertiesSchema,
});

export const caseCountSchema = z.strictObject({
  date: isoDate,
  confirmed: z.optional(z.int().check(z.nonnegative())),
  asymptomatic: z.optional(z.int().check(z.nonnegative())),
  /** "new" for counts of that day, "cumulative" for running totals. */
  basis: z.enum(['new', 'cumulative']),
  quote: z.string().check(z.minLength(4)),
  flag: z.optional(localizedText),
});

export const undatedPlaceSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  kind: z.enum(KINDS),
  quote: z.string().check(z.minLength(4)),
  /** Why it is not on the map: no determinable date, or (said so) no determinable place. */
  reason: localizedText,
});

export const outbreakSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  titleEn: z.string().check(z.minLength(1)),
  province: z.string().check(z.minLength(1)),
  city: z.string().check(z.minLength(1)),
  county: z.optional(z.string()),
  report: z.string().check(z.regex(/^geo\/reports\/[a-z0-9-]+\.txt$/)),
  /** Seed file name; a draft from `npm run ingest` of a report that is no seed says `draft:<input file name>`. */
  source: z.string().check(z.regex(/^(\d{3}_[0-9a-f]{16}\.txt|draft:[^\s/\\]+)$/, 'source must be a seed file name (NNN_<16 hex>.txt), or draft:<file name> in a draft')),
  period: z.strictObject({ start: isoDate, end: isoDate }),
  yearBasis: z.enum(['stated', 'inferred']),
  yearEvidence: localizedText,
  variant: z.optional(z.string()),
  caseCounts: z.optional(z.array(caseCountSchema)),
  undatedPlaces: z.optional(z.array(undatedPlaceSchema)),
  notes: z.optional(z.array(localizedText)),
});

export const outbreakFileSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  outbreak: outbreakSchema,
  features: z.array(featureSchema),
});

export type Kind = (typeof KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type OutbreakEvent = z.infer<typeof eventSchema>;
export type OutbreakFeature = z.infer<typeof featureSchema>;
export type FeatureProperties = z.infer<typeof featurePropertiesSchema>;
export type Outbreak = z.infer<typeof outbreakSchema>;
export type OutbreakFile = z.infer<typeof outbreakFileSchema>;
export type CaseCount = z.infer<typeof caseCountSchema>;
export type LocalizedText = z.infer<typeof localizedText>;
