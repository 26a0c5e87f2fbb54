/**
 * The official record's span and China's box: constants the URL codecs and the app's entry use without the record's
 * schemas (schema.ts re-exports them).
 */

/** The record's span: the first and last day of the national lists (calendar days in China). */
export const RECORD_FIRST_DATE = '2020-07-29';
export const RECORD_LAST_DATE = '2022-12-24';
/**
 * The last day on which the lists hold areas in force (3 high-risk areas on 2022-12-23; the lists of 2022-12-24 are
 * empty). The national view opens here: on the record's last day its map would be empty. Checked against the
 * shipped meta.json by tests/data/official.test.ts.
 */
export const LAST_DATE_WITH_AREAS = '2022-12-23';
/** A point outside this box is not in China (the South China Sea islands reach 3.8° N). */
export const CHINA_BBOX = { west: 73, east: 136, south: 3, north: 54 } as const;
