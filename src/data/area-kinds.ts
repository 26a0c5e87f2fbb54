/** Kinds drawn as the polygon of the area they cover rather than as a point. */
export const AREA_KINDS = new Set(['county-control', 'city-control']);
