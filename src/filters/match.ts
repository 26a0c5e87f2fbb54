/** Which features pass the user's filters. Pure; recomputed only when the filters change, not on a time step. */
import type { Kind, OutbreakFeature, Precision, Status } from '../data/schema';
import { foldSearchText, initialsOf, normaliseQuery } from './search-text';

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
  /** Name, pinyin, its initials, admin names and id, folded (search-text.ts), built once at load. */
  searchKey: string;
}

/**
 * The text a search looks in. `syllables` are the name's pinyin syllables (built with the data, see
 * build/search-names.ts): with them "yangkongcun" and the initials "ykc" match too, not only the pinyin words.
 */
export function searchKeyOf(feature: OutbreakFeature, syllables: readonly string[] = []): string {
  const { name, nameEn, id, admin } = feature.properties;
  return foldSearchText([name, nameEn, syllables.join(''), initialsOf(syllables), id, admin.county, admin.township ?? ''].join('|'));
}

/**
 * A feature passes when it belongs to the outbreak, its kind and precision are selected (empty = all), one of its
 * statuses over time is selected (empty = all), and its name, pinyin or admin names contain the search text.
 */
export function matchesFilters(item: FilterableFeature, filters: FeatureFilters, needle = normaliseQuery(filters.search)): boolean {
  const { properties } = item.feature;
  if (filters.outbreak !== 'all' && item.outbreakId !== filters.outbreak) return false;
  if (filters.kinds.length && !filters.kinds.includes(properties.kind)) return false;
  if (filters.precisions.length && !filters.precisions.includes(properties.precision)) return false;
  if (filters.statuses.length && !properties.events.some((event) => filters.statuses.includes(event.status))) return false;
  return needle === '' || item.searchKey.includes(needle);
}

/** Mask over all features; index i is true when feature i passes. `needle` is the search as normaliseQuery gives it. */
export function filterMask(items: readonly FilterableFeature[], filters: FeatureFilters, needle = normaliseQuery(filters.search)): Uint8Array {
  const mask = new Uint8Array(items.length);
  items.forEach((item, i) => {
    mask[i] = matchesFilters(item, filters, needle) ? 1 : 0;
  });
  return mask;
}
