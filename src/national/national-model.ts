/**
 * The national view's time model: the display state of every official area on the slider's day (AreaCursor) and
 * the areas in force per province, prefecture and county (UnitCounts), moved together by diff. A step returns
 * what changed, for the map to restyle only that.
 */
import { AreaCursor, AreaTimeline, type AreaStep, type IntervalTable } from './area-timeline';
import type { UnitLevel, UnitLevelSet } from './admin-units';
import type { OfficialInterval } from './official-contract';
import { UnitCounts, type UnitTotals } from './unit-counts';

export const UNIT_LEVELS: readonly UnitLevel[] = ['province', 'prefecture', 'county'];

export interface NationalStep {
  day: number;
  areas: AreaStep;
  /** Units whose counts changed, per level. */
  units: Record<UnitLevel, ReadonlySet<number>>;
}

export type NationalStepListener = (step: NationalStep) => void;

/** What the map's layers read and follow: NationalModel, or UnitDaysModel (counts only) while the record loads. */
export interface NationalDayModel {
  readonly counts: Record<UnitLevel, UnitTotals>;
  /** Display state per area (empty when only the counts are known). */
  readonly states: Uint8Array;
  moveTo(day: number): NationalStep;
  subscribe(listener: NationalStepListener): () => void;
}

export class NationalModel implements NationalDayModel {
  private readonly listeners = new Set<NationalStepListener>();
  readonly timeline: AreaTimeline;
  readonly cursor: AreaCursor;
  readonly counts: Record<UnitLevel, UnitCounts>;

  /** `intervals` may be an AreaTimeline built beforehand (the browser builds it in a task of its own); `fadeDays` is then its own. */
  constructor(areaCount: number, intervals: AreaTimeline | IntervalTable | readonly Pick<OfficialInterval, 'area' | 'first' | 'last' | 'level'>[], readonly units: Record<UnitLevel, UnitLevelSet>, day: number, fadeDays = 3) {
    this.timeline = intervals instanceof AreaTimeline ? intervals : new AreaTimeline(areaCount, intervals, { fadeDays });
    this.cursor = new AreaCursor(this.timeline, day);
    const countsOf = (level: UnitLevel) => new UnitCounts(units[level].units.length, units[level].unitOfArea, this.cursor.states);
    this.counts = { province: countsOf('province'), prefecture: countsOf('prefecture'), county: countsOf('county') };
  }

  get day(): number {
    return this.cursor.day;
  }

  get states(): Uint8Array {
    return this.cursor.states;
  }

  /** Moves to `day` and hands what changed to every listener (the map's layers), as src/timeline/model.ts does. */
  moveTo(day: number): NationalStep {
    const areas = this.cursor.moveTo(day);
    const step: NationalStep = {
      day,
      areas,
      units: {
        province: this.counts.province.apply(areas, this.cursor.states),
        prefecture: this.counts.prefecture.apply(areas, this.cursor.states),
        county: this.counts.county.apply(areas, this.cursor.states),
      },
    };
    if (areas.changed.length) for (const listener of this.listeners) listener(step);
    return step;
  }

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: NationalStepListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
