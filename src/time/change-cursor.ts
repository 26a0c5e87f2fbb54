/**
 * The one change-point cursor of every time source (report features, official areas, draft candidates, outbreak
 * episodes). A source lists, per day, the items whose state can change that day; moving from day P to day D
 * re-evaluates only the items listed on the days between them, each once, so a one-day step costs O(changes that
 * day), not O(items). What an item's state is, and how it is stored (objects, a typed array), is the source's.
 */

/** A source's change points: the items with one in (from, to] — or (to, from] when moving back. */
export interface ChangePoints {
  readonly itemCount: number;
  forEachCandidate(from: number, to: number, visit: (item: number) => void): void;
}

export class ChangeCursor {
  private current: number;
  /** Stamp of the move that last visited each item: an item listed on several days is re-evaluated once. */
  private readonly touched: Uint32Array;
  private stamp = 0;

  constructor(private readonly points: ChangePoints, day: number) {
    this.current = day;
    this.touched = new Uint32Array(points.itemCount);
  }

  get day(): number {
    return this.current;
  }

  /**
   * Moves to `day`. `reevaluate(item, day)` brings one item's stored state to the new day and says whether it
   * changed; the items that changed are returned in the order visited.
   */
  moveTo(day: number, reevaluate: (item: number, day: number) => boolean): number[] {
    if (day === this.current) return [];
    this.stamp += 1;
    const changed: number[] = [];
    this.points.forEachCandidate(this.current, day, (item) => {
      if (this.touched[item] === this.stamp) return;
      this.touched[item] = this.stamp;
      if (reevaluate(item, day)) changed.push(item);
    });
    this.current = day;
    return changed;
  }
}
