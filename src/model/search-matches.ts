/** The places a search finds, best first, for the list of matches under the search box. Pure. */
import { foldSearchText } from '../filters/search-text';
import type { AtlasData, AtlasFeature } from './atlas-data';

/**
 * The features the filters let through (`mask`, which holds the search `needle`, as normaliseQuery gives it) when
 * there is a search: those whose
 * name begins with the query first, then those whose name contains it, then the rest (pinyin, initials, admin
 * names), each group in data order.
 */
export function searchMatches(data: AtlasData, mask: Uint8Array, needle: string): AtlasFeature[] {
  if (!needle) return [];
  const rank = (item: AtlasFeature) => {
    const { name, nameEn } = item.feature.properties;
    const names = [foldSearchText(name), foldSearchText(nameEn)];
    if (names.some((n) => n.startsWith(needle))) return 0;
    return names.some((n) => n.includes(needle)) ? 1 : 2;
  };
  return data.features.filter((item) => mask[item.index] === 1)
    .map((item) => ({ item, rank: rank(item) }))
    .sort((a, b) => a.rank - b.rank || a.item.index - b.item.index)
    .map(({ item }) => item);
}
