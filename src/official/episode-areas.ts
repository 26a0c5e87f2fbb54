/**
 * The areas of an outbreak episode (src/official/episodes.ts): the areas of its unit with an interval in its span,
 * each with those intervals. The unit of an area is the one the episodes were counted in (the prefecture level of
 * src/national/admin-units.ts). Pure.
 */
import type { AreaWithIntervals } from './downloads';
import type { OfficialArea, OfficialInterval } from './schema';

export interface EpisodeSpanDays {
  /** Unit key (adcode) of the episode. */
  adcode: string;
  /** Day numbers, inclusive. */
  start: number;
  end: number;
}

export function episodeAreas(
  episode: EpisodeSpanDays,
  areas: readonly OfficialArea[],
  unitOf: (area: number) => string | undefined,
  intervalsOf: (area: number) => readonly OfficialInterval[],
): AreaWithIntervals[] {
  const found: AreaWithIntervals[] = [];
  for (const area of areas) {
    if (unitOf(area.id) !== episode.adcode) continue;
    const intervals = intervalsOf(area.id).filter((i) => i.last >= episode.start && i.first <= episode.end);
    if (intervals.length) found.push({ area, intervals });
  }
  return found;
}
