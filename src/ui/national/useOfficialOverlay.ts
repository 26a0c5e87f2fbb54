/**
 * An outbreak view's "official areas" toggle: when on, the national record is loaded (once per page) and the
 * official areas of the outbreak's prefecture are put in a model of their own, moved to the slider's calendar day,
 * for the map's point layer beside the report's places.
 */
import type { OfficialOverlay } from '../../map/national/OfficialPointsOverlay';
import { ListedDays } from '../../national/listed-days';
import { NationalModel } from '../../national/national-model';
import type { Outbreak } from '../../data/schema';
import { uncertaintyOf } from './national-glue';
import { useNationalData, type NationalLoad } from './useNationalData';

export type { OfficialOverlay };

type Ready = Extract<NationalLoad, { status: 'ready' }>;

/** One overlay per loaded record and outbreak, made at the day current then; later days reach it through moveTo. */
const overlays = new WeakMap<Ready, Map<string, OfficialOverlay | null>>();

function overlayFor(ready: Ready, outbreak: Outbreak, day: number): OfficialOverlay | null {
  const cached = overlays.get(ready) ?? new Map<string, OfficialOverlay | null>();
  overlays.set(ready, cached);
  if (cached.has(outbreak.id)) return cached.get(outbreak.id) ?? null;
  const { record, divisions, units } = ready;
  const province = divisions.find(outbreak.province, 'province')[0];
  const prefecture = [...divisions.find(outbreak.city, 'prefecture'), ...divisions.find(outbreak.city, 'county')].find((d) => !province || d.code.slice(0, 2) === province.code.slice(0, 2));
  const unit = units.prefecture.units.findIndex((u) => u.division.code === prefecture?.code);
  let overlay: OfficialOverlay | null = null;
  if (unit >= 0) {
    const inPrefecture = (id: number) => units.prefecture.unitOfArea[id] === unit;
    const iv = record.intervals;
    const rows: number[] = [];
    for (let i = 0; i < iv.length; i += 1) if (inPrefecture(iv.area[i])) rows.push(i);
    const pick = (column: ArrayLike<number>) => Int32Array.from(rows, (i) => column[i]);
    const table = { length: rows.length, area: pick(iv.area), first: pick(iv.first), last: pick(iv.last), level: pick(iv.level) };
    const uncertaintyMetres = new Float32Array(record.areaCount);
    let areas = 0;
    for (let id = 0; id < record.areaCount; id += 1) {
      if (!inPrefecture(id)) continue;
      areas += 1;
      uncertaintyMetres[id] = uncertaintyOf(record.precisionOf(id));
    }
    overlay = {
      model: new NationalModel(record.areaCount, table, units, day, { listed: ListedDays.fromTotals(record.totals, record.firstDay) }),
      data: { lon: record.lon, lat: record.lat, uncertaintyMetres },
      areas,
      address: (id: number) => record.area(id)?.address ?? '',
    };
  }
  cached.set(outbreak.id, overlay);
  return overlay;
}

/**
 * `day`: the slider's calendar day when the overlay is made, or null in first-case mode (the overlay is then not
 * shown). The caller moves `overlay.model` with the day (Atlas's <DayStep>), so the page need not read each day.
 */
export function useOfficialOverlay(enabled: boolean, outbreak: Outbreak | undefined, day: number | null): { load: NationalLoad; overlay: OfficialOverlay | null } {
  const { load } = useNationalData(enabled);
  const overlay = enabled && load.status === 'ready' && outbreak && day !== null ? overlayFor(load, outbreak, day) : null;
  return { load, overlay };
}
