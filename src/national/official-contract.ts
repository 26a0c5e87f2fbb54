/**
 * What the national map and the trip check read of the official record (src/official/, INTERFACES.md B), in one
 * place: the record's own types and bounds.
 */
import { LAST_DATE_WITH_AREAS, RECORD_FIRST_DATE, RECORD_LAST_DATE } from '../official/record-span';
import { dayNumber } from '../core/calendar-day';

export type { DayCoverage, OfficialArea, OfficialInterval } from '../official/schema';
export type { RiskLevel as OfficialLevel } from '../official/codes';

/** First and last day of the record (the national view's slider, the trip check's date bounds). */
export const RECORD_FIRST_DAY = dayNumber(RECORD_FIRST_DATE);
export const RECORD_LAST_DAY = dayNumber(RECORD_LAST_DATE);
/** The last day with areas in force: where the national view opens without a date (the record's last day is empty). */
export const LAST_DAY_WITH_AREAS = dayNumber(LAST_DATE_WITH_AREAS);
