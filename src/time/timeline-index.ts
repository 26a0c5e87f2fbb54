/**
 * Incremental state-at-date. Built once from the features' events: for every day, the list of features whose
 * state can change on that day (an event, or the day a faded measure disappears). Moving the cursor from day
 * P to day D re-evaluates only the features listed on the days between them, so a one-day step costs
 * O(changes that day), not O(features × events) as in Leaflet.TimeDimension.
 */
import type { Status } from '../data/schema';
import { ChangeCursor, type ChangePoints } from './change-cursor';
import { isEndingStatus, sameState, stateOnDay, type FeatureState, type TimelineOptions } from './feature-state';

export interface TimelineInput {
  /** Ascending day numbers of the feature's events (already shifted if the timeline is aligned). */
  eventDays: number[];
  statuses: Status[];
  /** Last day of the feature's outbreak (same day scale); measures still active then end with it. */
  endDay?: number;
}

export class TimelineIndex implements ChangePoints {
  /** day → features whose state may change on that day; sorted day keys for range scans. */
  private readonly changesByDay = new Map<number, number[]>();
  readonly changeDays: number[];
  readonly firstDay: number;
  readonly lastDay: number;

  constructor(readonly features: readonly TimelineInput[], readonly options: TimelineOptions) {
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    features.forEach((feature, index) => {
      feature.eventDays.forEach((day, i) => {
        this.addChange(day, index);
        if (!options.showLifted && isEndingStatus(feature.statuses[i])) this.addChange(day + options.fadeDays + 1, index);
        first = Math.min(first, day);
        last = Math.max(last, day);
      });
      if (feature.endDay !== undefined) {
        this.addChange(feature.endDay + 1, index);
        if (!options.showLifted) this.addChange(feature.endDay + options.fadeDays + 1, index);
      }
    });
    this.changeDays = [...this.changesByDay.keys()].sort((a, b) => a - b);
    this.firstDay = first;
    this.lastDay = last;
  }

  get itemCount(): number {
    return this.features.length;
  }

  private addChange(day: number, feature: number): void {
    const list = this.changesByDay.get(day);
    if (list) {
      if (list[list.length - 1] !== feature) list.push(feature);
    } else this.changesByDay.set(day, [feature]);
  }

  stateOf(feature: number, day: number): FeatureState {
    const { eventDays, statuses, endDay } = this.features[feature];
    return stateOnDay(eventDays, statuses, day, this.options, endDay);
  }

  /** Features with a change point on exactly this day (the "what changed today" list). */
  changesOn(day: number): readonly number[] {
    return this.changesByDay.get(day) ?? [];
  }

  /** Features with a change point in the half-open range (from, to] — or (to, from] when moving back. */
  candidatesBetween(from: number, to: number): number[] {
    const result: number[] = [];
    this.forEachCandidate(from, to, (feature) => result.push(feature));
    return result;
  }

  forEachCandidate(from: number, to: number, visit: (feature: number) => void): void {
    const [low, high] = from < to ? [from, to] : [to, from];
    let i = lowerBound(this.changeDays, low + 1);
    for (; i < this.changeDays.length && this.changeDays[i] <= high; i += 1) {
      for (const feature of this.changesByDay.get(this.changeDays[i]) ?? []) visit(feature);
    }
  }
}

/** Current state of every feature at one day; `moveTo` returns only the features whose state changed (the shared cursor). */
export class TimelineCursor {
  private readonly states: FeatureState[];
  private readonly cursor: ChangeCursor;

  constructor(readonly index: TimelineIndex, day: number) {
    this.states = index.features.map((_, i) => index.stateOf(i, day));
    this.cursor = new ChangeCursor(index, day);
  }

  get day(): number {
    return this.cursor.day;
  }

  state(feature: number): FeatureState {
    return this.states[feature];
  }

  moveTo(day: number): number[] {
    return this.cursor.moveTo(day, (feature) => {
      const next = this.index.stateOf(feature, day);
      if (sameState(next, this.states[feature])) return false;
      this.states[feature] = next;
      return true;
    });
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
