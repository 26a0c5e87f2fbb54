/**
 * What the national map's layers draw from the loaded record: each area's point and uncertainty radius, and the
 * units' label points per level. Before the record is in, the units alone (from the early counts per unit), so the
 * circles are drawn while the single areas load. Built once per load step.
 */
import type { NationalLayerData } from '../../map/national/national-layers';
import type { UnitLevel, UnitLevelSet } from '../../national/admin-units';
import { uncertaintyOf, unitLabels } from './national-glue';
import type { EarlyCounts, NationalLoad } from './useNationalData';

type Ready = Extract<NationalLoad, { status: 'ready' }>;

/** The units' label points: the divisions' label points (inside their outlines), else their centres. */
function labelledUnits(source: { units: Record<UnitLevel, UnitLevelSet>; labels: ReadonlyMap<string, [number, number]> }) {
  const label = (division: { code: string }) => source.labels.get(division.code);
  const { units } = source;
  return { province: unitLabels(units.province, label), prefecture: unitLabels(units.prefecture, label), county: unitLabels(units.county, label) };
}

export function layerDataOf(ready: Ready | null, early: EarlyCounts | null): NationalLayerData | null {
  if (!ready) return early ? { lon: new Float64Array(0), lat: new Float64Array(0), uncertaintyMetres: new Float32Array(0), units: labelledUnits(early) } : null;
  const { record } = ready;
  const uncertaintyMetres = new Float32Array(record.areaCount);
  for (let id = 0; id < record.areaCount; id += 1) uncertaintyMetres[id] = uncertaintyOf(record.precisionOf(id));
  return { lon: record.lon, lat: record.lat, uncertaintyMetres, units: labelledUnits(ready) };
}
