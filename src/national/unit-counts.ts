/**
 * Areas in force per admin unit (prefecture or county), kept up to date by diff: a time step moves only the
 * counts of the units whose areas changed, and says which units those are, so the aggregate layer restyles only
 * them. Faded (lifted) areas are not counted: a number says "N areas in force here on this day".
 */
import { HIGH, isInForce, levelOf, MEDIUM, type AreaState, type AreaStep } from './area-timeline';

/** What the aggregate layer reads of a day's counts per unit (UnitCounts, or unit-days.ts before the record loads). */
export interface UnitTotals {
  readonly high: ArrayLike<number>;
  readonly medium: ArrayLike<number>;
  total(unit: number): number;
  topLevel(unit: number): 'high' | 'medium' | null;
}

export class UnitCounts implements UnitTotals {
  readonly high: Int32Array;
  readonly medium: Int32Array;

  /** `unitOfArea[a]` is the unit index of area a, or -1 when the record does not place it in such a unit. */
  constructor(readonly unitCount: number, private readonly unitOfArea: Int32Array, states: Uint8Array) {
    this.high = new Int32Array(unitCount);
    this.medium = new Int32Array(unitCount);
    for (let a = 0; a < states.length; a += 1) this.add(a, states[a], 1);
  }

  private add(area: number, state: AreaState, sign: 1 | -1): number {
    const unit = this.unitOfArea[area];
    if (unit < 0 || !isInForce(state)) return -1;
    if (levelOf(state) === HIGH) this.high[unit] += sign;
    else if (levelOf(state) === MEDIUM) this.medium[unit] += sign;
    return unit;
  }

  /** Applies one cursor step (`states`: the cursor's states after it). Returns the units whose counts changed. */
  apply(step: AreaStep, states: Uint8Array): Set<number> {
    const touched = new Set<number>();
    step.changed.forEach((area, i) => {
      const before = this.add(area, step.before[i], -1);
      const after = this.add(area, states[area], 1);
      if (before >= 0) touched.add(before);
      if (after >= 0) touched.add(after);
    });
    // A unit where one area left and another came in at the same level is touched but unchanged: restyling it is cheap.
    return touched;
  }

  total(unit: number): number {
    return this.high[unit] + this.medium[unit];
  }

  /** "high" when any area in force here is high risk, "medium" when only medium ones are, null when none. */
  topLevel(unit: number): 'high' | 'medium' | null {
    if (this.high[unit] > 0) return 'high';
    return this.medium[unit] > 0 ? 'medium' : null;
  }
}
