/** Which features pass the user's filters. Pure; recomputed only when the filters change, not on a time step. */
import type { Kind, OutbreakFeature, Precision, Status } from '../data/schema';

export interface FeatureFilters {
  outbreak: string; // id or "all"
  kinds: readonly Kind[];
  statuses: readonly Status[];
  precisions: readonly Precision[];
  search: string;
}

export interface FilterableFeature {
  outbreakId: string;
  feature: OutbreakFeature;
  /** Lower-case name, pinyin and id without spaces, built once at load. */
  searchKey: string;
}

export function searchKeyOf(feature: OutbreakFeature): string {
  const { name, nameEn, id, admin } = feature.properties;
  return [name, nameEn, id, admin.county, admin.township ?? ''].join('|').toLowerCase().replace(/\s+/g, '');
}

/**
 * A feature passes when it belongs to the outbreak, its kind and precision are selected (empty = all), one of its
 * statuses over time is selected (empty = all), and its name, pinyin or admin names contain the search text.
 */
export function matchesFilters(item: FilterableFeature, filters: FeatureFilters): boolean {
  const { properties } = item.feature;
  if (filters.outbreak !== 'all' && item.outbreakId !== filters.outbreak) return false;
  if (filters.kinds.length && !filters.kinds.includes(properties.kind)) return false;
  if (filters.precisions.length && !filters.precisions.includes(properties.precision)) return false;
  if (filters.statuses.length && !properties.events.some((event) => filters.statuses.includes(event.status))) return false;
  const needle = filters.search.toLowerCase().replace(/\s+/g, '');
  return needle === '' || item.searchKey.includes(needle);
}

/** Mask over all features; index i is true when feature i passes. */
export function filterMask(items: readonly FilterableFeature[], filters: FeatureFilters): Uint8Array {
  const mask = new Uint8Array(items.length);
  items.forEach((item, i) => {
    mask[i] = matchesFilters(item, filters) ? 1 : 0;
  });
  return mask;
}
