/**
 * The official record's public API for the app, the CLI and the bench (pure: no Node, no DOM). Build-side modules
 * (build, areas, chain, precision, history, coverage, encode, validate) are imported by path by the tools.
 */
export { AREA_FLAGS, AREA_FLAG_CODES, DAY_FLAGS, DAY_FLAG_CODES, PRECISION_RULES, PRECISION_RULE_CODES, RISK_LEVELS, sortFlags } from './codes';
export type { AreaFlag, Bilingual, DayFlag, PrecisionRule, RiskLevel } from './codes';
export { concatIntervalColumns, intervalAt, intervalColumns, LEVEL_CODES, type IntervalColumns } from './columns';
export { countLine, checkDates, type CountLine } from './count';
export { OFFICIAL_ATTRIBUTION, OFFICIAL_CREDIT, OFFICIAL_LICENCE_FILE, OFFICIAL_SOURCE_URL } from './credit';
export { OfficialDayIndex, type DayCounts } from './day-index';
export { coverageOf, decodeChunk, decodeOfficial, decodeYearData, OfficialDecodeError, OfficialYear, type DecodedOfficial } from './decode';
export {
  RECORD_FIRST_DATE, RECORD_LAST_DATE, officialAreaSchema, officialChunkSchema, officialIntervalSchema, officialMetaSchema,
  type DayCoverage, type OfficialArea, type OfficialChunk, type OfficialDayFlag, type OfficialInterval, type OfficialMeta,
} from './schema';
