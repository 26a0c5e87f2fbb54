/**
 * Loads the national record only when a view needs it (o=china, the official toggle, a trip): geo/official/meta.json
 * first (totals per day and coverage: the totals and the histogram can show at once), then the year files with
 * progress, decoded to typed columns; and the gazetteer's divisions for the admin units. Loaded once per page.
 */
import { useEffect, useState } from 'react';
import { AdminDivisions, type AdminDivision } from '../../data/admin-divisions';
import { loadOutlines } from '../../map/national/basemap-data';
import { assignUnits, type UnitLevel, type UnitLevelSet } from '../../national/admin-units';
import { NationalRecord, type DayTotals } from '../../national/record';
import { coverageOf, decodeChunk } from '../../official/decode';
import { officialMetaSchema, type OfficialMeta } from '../../official/schema';
import { dayNumber } from '../../timeline/days';

export type NationalLoad =
  | { status: 'idle' }
  | { status: 'loading'; done: number; total: number; meta: OfficialMeta | null; totals: DayTotals | null }
  | { status: 'ready'; record: NationalRecord; divisions: AdminDivisions; divisionList: AdminDivision[]; units: Record<UnitLevel, UnitLevelSet>; labels: ReadonlyMap<string, [number, number]> }
  | { status: 'error'; message: string };

async function json(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

let loading: Promise<void> | null = null;
let latest: NationalLoad = { status: 'idle' };
const listeners = new Set<(load: NationalLoad) => void>();
const publish = (load: NationalLoad) => {
  latest = load;
  for (const listener of listeners) listener(load);
};

async function load(baseUrl: string): Promise<void> {
  const meta = officialMetaSchema.parse(await json(`${baseUrl}geo/official/meta.json`));
  const totals: DayTotals = { high: meta.high, medium: meta.medium };
  const total = meta.chunks.length + 1;
  let done = 0;
  publish({ status: 'loading', done, total, meta, totals });
  const divisionsJson = json(`${baseUrl}geo/sources/admin-divisions.json`).then((value) => {
    done += 1;
    publish({ status: 'loading', done, total, meta, totals });
    return value as { divisions: AdminDivision[] };
  });
  const years = await Promise.all(meta.chunks.map(async (chunk) => {
    const decoded = decodeChunk((await json(`${baseUrl}geo/official/${chunk.file}`)) as Parameters<typeof decodeChunk>[0]);
    done += 1;
    publish({ status: 'loading', done, total, meta, totals });
    return decoded;
  }));
  const { divisions: divisionList } = await divisionsJson;
  // Circles of provinces and prefectures sit at the basemap's label points, inside their outlines.
  const outlines = await Promise.all([loadOutlines('provinces', baseUrl), loadOutlines('prefectures', baseUrl)]);
  const labels = new Map(outlines.flatMap((o) => o.features.map((f) => [f.properties.code, f.properties.label] as [string, [number, number]])));
  const divisions = new AdminDivisions(divisionList);
  const record = new NationalRecord(meta.totals.areas, years, dayNumber(meta.firstDate), dayNumber(meta.lastDate), totals, coverageOf(meta));
  publish({ status: 'ready', record, divisions, divisionList, units: assignUnits(record.admins(), divisions), labels });
}

export function useNationalData(wanted: boolean, baseUrl = './'): { load: NationalLoad; retry: () => void } {
  const [state, setState] = useState<NationalLoad>(latest);
  useEffect(() => {
    listeners.add(setState);
    return () => {
      listeners.delete(setState);
    };
  }, []);
  useEffect(() => {
    if (!wanted || loading) return;
    publish({ status: 'loading', done: 0, total: 1, meta: null, totals: null });
    loading = load(baseUrl).catch((error: unknown) => {
      loading = null;
      publish({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    });
  }, [wanted, baseUrl]);
  const retry = () => {
    loading = null;
    publish({ status: 'idle' });
    setState({ status: 'idle' });
  };
  return { load: state, retry };
}
