/**
 * Which days have a published list, and which day's state a day shows. The record's intervals say when an area
 * was listed; on a day without any list (2021-11-01) no area can be listed, so a day-by-day reading would draw
 * that day as "0 areas, all of yesterday's lifted". It is no data, not a lifting: the map shows the state of the
 * last day with a list, and says so (the day's totals still say "no data"). Pure.
 *
 * A day with only one level's list counts as listed (the record has no such day; were one to come, its missing
 * level would read as lifted, and the totals would say that level has no data).
 */
import type { DayTotals } from './record';

export class ListedDays {
  /** Per day from `firstDay`: the day whose state it shows (itself when listed). */
  private readonly shown: Int32Array;
  private readonly listed: Uint8Array;

  constructor(readonly firstDay: number, listed: ArrayLike<boolean>) {
    this.listed = Uint8Array.from({ length: listed.length }, (_, d) => (listed[d] ? 1 : 0));
    this.shown = new Int32Array(listed.length);
    let last = -1;
    for (let d = 0; d < listed.length; d += 1) {
      if (listed[d]) last = firstDay + d;
      // Before the first list there is no earlier state: the day shows itself (nothing listed).
      this.shown[d] = last >= 0 ? last : firstDay + d;
    }
  }

  /** From the day's totals (meta.json): a day is listed when either level's list exists (its total is not null). */
  static fromTotals(totals: DayTotals, firstDay: number): ListedDays {
    return new ListedDays(firstDay, Array.from(totals.high, (high, d) => high !== null || totals.medium[d] !== null));
  }

  /** Whether a list was published that day; days outside the record count as listed (nothing is claimed for them). */
  hasList(day: number): boolean {
    const d = day - this.firstDay;
    return d < 0 || d >= this.listed.length || this.listed[d] === 1;
  }

  /** The day whose state `day` shows: itself when it has a list, else the last day before it with one. */
  shownDay(day: number): number {
    const d = day - this.firstDay;
    return d < 0 || d >= this.shown.length ? day : this.shown[d];
  }
}
