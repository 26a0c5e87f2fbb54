/**
 * The national view's day models, one per loaded record (or per early counts), made at the day current then; later
 * days reach them through moveTo. Kept across renders and across views (o=china and an episode share them).
 */
import type { EarlyCounts } from './useNationalData';
import { ListedDays } from '../../national/listed-days';
import { NationalModel } from '../../national/national-model';
import { RECORD_FIRST_DAY } from '../../national/official-contract';
import type { DayTotals } from '../../national/record';
import { UnitDaysModel } from '../../national/unit-days';
import { dayNumber } from '../../core/calendar-day';

const models = new WeakMap<object, NationalModel>();
export function nationalModelFor(ready: { record: { areaCount: number; totals: DayTotals }; timeline: ConstructorParameters<typeof NationalModel>[1]; units: ConstructorParameters<typeof NationalModel>[2] }, day: number): NationalModel {
  let model = models.get(ready);
  if (!model) {
    model = new NationalModel(ready.record.areaCount, ready.timeline, ready.units, day, { listed: listedDaysOf(ready.record.totals) });
    models.set(ready, model);
  }
  return model;
}
const earlyModels = new WeakMap<EarlyCounts, UnitDaysModel>();
export function earlyModelFor(early: EarlyCounts, totals: DayTotals, day: number): UnitDaysModel {
  let model = earlyModels.get(early);
  if (!model) earlyModels.set(early, (model = new UnitDaysModel(early.file, dayNumber(early.file.firstDate), day, listedDaysOf(totals))));
  return model;
}
/** Which days have a list (a day without one shows the last listed day's state), once per loaded totals. */
const listedDays = new WeakMap<DayTotals, ListedDays>();
export function listedDaysOf(totals: DayTotals): ListedDays {
  let listed = listedDays.get(totals);
  if (!listed) listedDays.set(totals, (listed = ListedDays.fromTotals(totals, RECORD_FIRST_DAY)));
  return listed;
}
