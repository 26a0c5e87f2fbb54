/**
 * The era the atlas records: COVID-19 measures in China, 2019–2023. The first cases were recognised in Wuhan in
 * December 2019; the last national risk-area lists are of 2022-12-24, and China ended its measures when COVID-19
 * was downgraded to Class B management on 2023-01-08 (2023 is kept for reports written that year about the last
 * wave). A date of an outbreak file, or a year given to `npm run ingest`, outside it is a typo or the wrong report.
 */
export const ERA_FIRST_YEAR = 2019;
export const ERA_LAST_YEAR = 2023;
export const ERA_FIRST_DATE = `${ERA_FIRST_YEAR}-01-01`;
export const ERA_LAST_DATE = `${ERA_LAST_YEAR}-12-31`;

/** Why the bound, in one clause for messages (English; the tools speak English). */
export const ERA_REASON = `${ERA_FIRST_YEAR}–${ERA_LAST_YEAR}, the years of COVID-19 measures in China (first cases December 2019, measures ended January 2023)`;

export const isEraYear = (year: number): boolean => Number.isInteger(year) && year >= ERA_FIRST_YEAR && year <= ERA_LAST_YEAR;
/** An ISO date YYYY-MM-DD inside the era (string order is date order). */
export const isEraDate = (iso: string): boolean => iso >= ERA_FIRST_DATE && iso <= ERA_LAST_DATE;
