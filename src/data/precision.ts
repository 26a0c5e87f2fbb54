import type { Precision } from './schema';

/**
 * Precisions coarser than a neighbourhood: the place is known only to its village, township, county or city, so
 * the map draws an uncertainty circle around it and its panel says the location is approximate.
 */
export const COARSE_PRECISIONS: ReadonlySet<Precision> = new Set<Precision>(['village', 'township', 'county', 'city']);

export const isCoarse = (precision: Precision): boolean => COARSE_PRECISIONS.has(precision);
