/**
 * The one path for a date step. A `TimelineModel` owns the index and the cursor of one time-varying source; the
 * app moves it (`moveTo`), never a view. A move returns the items whose state changed and hands that same list to
 * every subscribed layer, so a map layer updates only what changed and does not need to know where days come from.
 * Panels and exports read `state(i)` (the state at the model's day) and never move it: what they show does not
 * depend on the map being mounted.
 *
 * Another source (the national official record, next) plugs in beside it as another `SteppedSource`: its own
 * columnar index and state type, the same `moveTo(day) → changed ids` and `subscribe` contract. The app moves each
 * source to the view's day in a layout effect (src/ui/hooks/useTimeline.ts), and each source's layers receive its
 * changed sets.
 */
import { TimelineCursor, type TimelineIndex } from './timeline-index';
import { sameState, type FeatureState } from './feature-state';

/** Called after a move with the items whose state changed (never empty) and the day moved to. */
export type ChangeListener = (changed: readonly number[], day: number) => void;

/** A source of per-item state on a day that can be moved and listened to. */
export interface SteppedSource {
  readonly day: number;
  /** Moves to `day`; returns the items whose state changed and passes them to every listener. */
  moveTo(day: number): readonly number[];
  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: ChangeListener): () => void;
}

/** A layer of a view that draws a source's items: created from the states at the source's day, then updated by changed sets. */
export interface TimeLayer {
  applyChanges(changed: readonly number[]): void;
}

export class TimelineModel implements SteppedSource {
  private cursor: TimelineCursor;
  private readonly listeners = new Set<ChangeListener>();

  constructor(index: TimelineIndex, day: number) {
    this.cursor = new TimelineCursor(index, day);
  }

  get day(): number {
    return this.cursor.day;
  }

  get index(): TimelineIndex {
    return this.cursor.index;
  }

  /** State of one feature at the model's day. */
  state(feature: number): FeatureState {
    return this.cursor.state(feature);
  }

  moveTo(day: number): readonly number[] {
    const changed = this.cursor.moveTo(day);
    this.emit(changed);
    return changed;
  }

  /**
   * Swaps in another index of the same features (another alignment, lifted measures shown or not) at `day`. The
   * features whose state differs are reported like a move, so layers restyle them instead of being rebuilt.
   */
  reindex(index: TimelineIndex, day: number): readonly number[] {
    if (index.features.length !== this.index.features.length) throw new Error('reindex needs an index of the same features');
    const next = new TimelineCursor(index, day);
    const changed: number[] = [];
    for (let i = 0; i < index.features.length; i += 1) if (!sameState(next.state(i), this.cursor.state(i))) changed.push(i);
    this.cursor = next;
    this.emit(changed);
    return changed;
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(changed: readonly number[]): void {
    if (!changed.length) return;
    for (const listener of this.listeners) listener(changed, this.day);
  }
}
