/**
 * The national view's time model: the display state of every official area on the slider's day (AreaCursor) and
 * the areas in force per province, prefecture and county (UnitCounts), moved together by diff. A step returns
 * what changed, for the map to restyle only that.
 */
import { AreaCursor, AreaTimeline, type AreaStep, type IntervalTable } from './area-timeline';
import type { UnitLevel, UnitLevelSet } from './admin-units';
import type { ListedDays } from './listed-days';
import type { OfficialInterval } from './official-contract';
import { UnitCounts, type UnitTotals } from './unit-counts';
import { FADE_DAYS } from '../time/fade';

export const UNIT_LEVELS: readonly UnitLevel[] = ['province', 'prefecture', 'county'];

export interface NationalStep {
  day: number;
  /** The day whose state is shown: `day`, or on a day without a list the last day before it with one (listed-days.ts). */
  shownDay: number;
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
  /** The day whose state the counts and states are (see NationalStep.shownDay). */
  readonly shownDay: number;
  moveTo(day: number): NationalStep;
  subscribe(listener: NationalStepListener): () => void;
}

export interface NationalModelOptions {
  /** Days a lifted area stays on the map, faded. */
  fadeDays?: number;
  /** Which days have a list: a day without one shows the last listed day's state. Without it every day reads itself. */
  listed?: ListedDays | null;
}

export class NationalModel implements NationalDayModel {
  private readonly listeners = new Set<NationalStepListener>();
  readonly timeline: AreaTimeline;
  readonly cursor: AreaCursor;
  readonly counts: Record<UnitLevel, UnitCounts>;
  private readonly listed: ListedDays | null;
  private requested: number;

  /** `intervals` may be an AreaTimeline built beforehand (the browser builds it in a task of its own); `fadeDays` is then its own. */
  constructor(areaCount: number, intervals: AreaTimeline | IntervalTable | readonly Pick<OfficialInterval, 'area' | 'first' | 'last' | 'level'>[], readonly units: Record<UnitLevel, UnitLevelSet>, day: number, options: NationalModelOptions = {}) {
    this.timeline = intervals instanceof AreaTimeline ? intervals : new AreaTimeline(areaCount, intervals, { fadeDays: options.fadeDays ?? FADE_DAYS });
    this.listed = options.listed ?? null;
    this.requested = day;
    this.cursor = new AreaCursor(this.timeline, this.shownDayOf(day));
    const countsOf = (level: UnitLevel) => new UnitCounts(units[level].units.length, units[level].unitOfArea, this.cursor.states);
    this.counts = { province: countsOf('province'), prefecture: countsOf('prefecture'), county: countsOf('county') };
  }

  private shownDayOf(day: number): number {
    return this.listed ? this.listed.shownDay(day) : day;
  }

  /** The slider's day (which may have no list). */
  get day(): number {
    return this.requested;
  }

  get shownDay(): number {
    return this.cursor.day;
  }

  get states(): Uint8Array {
    return this.cursor.states;
  }

  /** Moves to `day` and hands what changed to every listener (the map's layers), as src/time/timeline-model.ts does. */
  moveTo(day: number): NationalStep {
    this.requested = day;
    const shownDay = this.shownDayOf(day);
    const areas = this.cursor.moveTo(shownDay);
    const step: NationalStep = {
      day,
      shownDay,
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
