/**
 * The one data contract of Outbreak Atlas: every file in geo/outbreaks/ parses with `outbreakFileSchema`,
 * and every type the app and the tools use is inferred from here. Prose version: geo/README.md.
 */
import { z } from 'zod';
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

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD').refine((s) => !Number.isNaN(dayNumber(s)), 'not a calendar date');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM');
const idPattern = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lower-case kebab-case');
/**
 * `admin:<adcode>` for a polygon in geo/sources/counties-china.geojson, `geonames:<id>` for a record in
 * geonames-china.json, `city:<prefecture name>` for a prefecture outline (阿拉善盟 and 伊犁哈萨克自治州 have no 市),
 * `official:<address>` for an area of the official record (geo/official/), `official-centroid:<key>` for a derived
 * township or zone centre (geo/official/centroids.json), `reviewer` for a point placed by a reviewer (below).
 */
const geometrySourcePattern = z.string().regex(/^(admin:\d{6}|geonames:\d+|city:[\u4e00-\u9fff]+|official:\S+|official-centroid:[\u4e00-\u9fff]+|reviewer)$/,
  'geometrySource must be admin:<adcode>, geonames:<id>, city:<prefecture name>, official:<address>, official-centroid:<key> or reviewer');

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
export const localizedText = z.object({
  zh: z.string().regex(/\S/u, 'zh text is empty'),
  en: z.string().regex(/\S/u, 'en text is empty'),
}).strict()
  .refine((text) => HAN.test(text.zh), { message: 'zh text has no Chinese characters', path: ['zh'] })
  .refine((text) => !ENGLISH_PHRASE.test(text.zh), { message: 'zh text contains an English phrase', path: ['zh'] })
  .refine((text) => LATIN_WORD.test(text.en), { message: 'en text has no English words', path: ['en'] });

/** The zh of a text a tool wrote in English only (`npm run ingest` drafts): valid in a draft, refused in curated data. */
export const UNTRANSLATED_ZH = '〔待译〕此说明由 npm run ingest 自动生成，只有英文；审核时请译成中文。';

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(lonLat).min(4);
export const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: lonLat }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

export const eventSchema = z.object({
  date: isoDate,
  time: clockTime.optional(),
  status: z.enum(STATUSES),
  /** Verbatim passage of the outbreak's report text that supports this event on this date. */
  quote: z.string().min(4),
  /** Set when the date, number or place of this event is uncertain; says why. */
  flag: localizedText.optional(),
  note: localizedText.optional(),
}).strict();

export const featurePropertiesSchema = z.object({
  id: idPattern,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  kind: z.enum(KINDS),
  precision: z.enum(PRECISIONS),
  admin: z.object({ county: z.string().min(1), township: z.string().optional(), village: z.string().optional() }).strict(),
  geometrySource: geometrySourcePattern,
  /** Why this geometry and precision were chosen (e.g. "village not in GeoNames; placed at its township"). */
  geometryNote: localizedText.optional(),
  flag: localizedText.optional(),
  events: z.array(eventSchema).min(1),
  /** Only in drafts written by `npm run ingest`; curated files leave these out. */
  review: z.enum(['pending', 'accepted', 'rejected']).optional(),
  confidence: z.number().min(0).max(1).optional(),
  /**
   * The notice section the place was listed under (一、高风险区降为中风险区（4个）…), when the report is a notice
   * with headed lists: `order` is the section's place in the notice, `heading` its line as written, `count` the
   * number the heading states. Kept in a reviewed file as provenance; the review groups candidates by it.
   */
  section: z.object({ order: z.number().int().min(0), heading: z.string().min(1), count: z.number().int().min(0).optional() }).strict().optional(),
}).strict();

export const featureSchema = z.object({
  type: z.literal('Feature'),
  geometry: geometrySchema,
  properties: featurePropertiesSchema,
}).strict();

export const caseCountSchema = z.object({
  date: isoDate,
  confirmed: z.number().int().nonnegative().optional(),
  asymptomatic: z.number().int().nonnegative().optional(),
  /** "new" for counts of that day, "cumulative" for running totals. */
  basis: z.enum(['new', 'cumulative']),
  quote: z.string().min(4),
  flag: localizedText.optional(),
}).strict();

export const undatedPlaceSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(KINDS),
  quote: z.string().min(4),
  /** Why it is not on the map: no determinable date, or (said so) no determinable place. */
  reason: localizedText,
}).strict();

export const outbreakSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  province: z.string().min(1),
  city: z.string().min(1),
  county: z.string().optional(),
  report: z.string().regex(/^geo\/reports\/[a-z0-9-]+\.txt$/),
  /** Seed file name; a draft from `npm run ingest` of a report that is no seed says `draft:<input file name>`. */
  source: z.string().regex(/^(\d{3}_[0-9a-f]{16}\.txt|draft:[^\s/\\]+)$/, 'source must be a seed file name (NNN_<16 hex>.txt), or draft:<file name> in a draft'),
  period: z.object({ start: isoDate, end: isoDate }).strict(),
  yearBasis: z.enum(['stated', 'inferred']),
  yearEvidence: localizedText,
  variant: z.string().optional(),
  caseCounts: z.array(caseCountSchema).optional(),
  undatedPlaces: z.array(undatedPlaceSchema).optional(),
  notes: z.array(localizedText).optional(),
}).strict();

export const outbreakFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  outbreak: outbreakSchema,
  features: z.array(featureSchema),
}).strict();

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
