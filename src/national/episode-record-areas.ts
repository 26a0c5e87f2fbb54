/**
 * An episode's areas from the loaded national record, for the episode view's download: the areas of its unit (the
 * prefecture level the episodes were counted in) with an interval in its span, each with those intervals, through
 * src/official/episode-areas.ts, so the browser writes the same files as `npm run official:download`. Only the
 * unit's areas are built as full records. Pure.
 */
import type { AreaWithIntervals } from '../official/downloads';
import { episodeAreas } from '../official/episode-areas';
import { RISK_LEVELS } from '../official/codes';
import type { OfficialArea, OfficialInterval } from '../official/schema';
import type { UnitLevelSet } from './admin-units';
import type { NationalRecord } from './record';

export function episodeRecordAreas(
  episode: { adcode: string; start: number; end: number },
  record: Pick<NationalRecord, 'areaCount' | 'intervals' | 'area'>,
  prefectures: Pick<UnitLevelSet, 'units' | 'unitOfArea'>,
): AreaWithIntervals[] {
  const unit = prefectures.units.findIndex((u) => u.key === episode.adcode);
  if (unit < 0) return [];
  const inUnit = (id: number) => prefectures.unitOfArea[id] === unit;
  const intervals = new Map<number, OfficialInterval[]>();
  const { area, first, last, level, count } = record.intervals;
  for (let i = 0; i < record.intervals.length; i += 1) {
    if (!inUnit(area[i])) continue;
    const list = intervals.get(area[i]) ?? [];
    list.push({ area: area[i], first: first[i], last: last[i], level: RISK_LEVELS[level[i]], count: count[i] });
    intervals.set(area[i], list);
  }
  const areas = [...intervals.keys()].sort((a, b) => a - b).map((id) => record.area(id)).filter((a): a is OfficialArea => a !== undefined);
  return episodeAreas(episode, areas, (id) => (inUnit(id) ? episode.adcode : undefined), (id) => intervals.get(id) ?? []);
}
