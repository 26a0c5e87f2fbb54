/**
 * Official points for the report places: look-ups by address (`official:<address>`) and the derived township or
 * zone centroids (`official-centroid:<key>`), both computed from the shipped record, never typed. The gazetteer
 * (src/data/gazetteer.ts) resolves those geometry sources through this interface.
 */
import type { Precision } from '../data/schema';
import type { OfficialArea } from './schema';

export interface OfficialPlace {
  coordinates: [number, number];
  precision: Precision;
}

export interface OfficialPlaces {
  /** An official area by its address as published (or one of its merged spellings), when it has a point. */
  area(address: string): OfficialArea | undefined;
  /** The mean of a centroid record's member points, precision township. */
  centroid(key: string): OfficialPlace | undefined;
}

/** A derived point: the mean of the listed places of one township or zone (geo/official/centroids.json). */
export interface CentroidRecord {
  /** e.g. 山东省菏泽市曹县楼庄镇 (the chain and the unit). */
  key: string;
  /** Addresses whose points are averaged (distinct points only). */
  members: string[];
  /** Addresses of the unit left out as outliers (rule (d) of precision.ts). */
  outliers: string[];
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** Mean of points (degrees; the members lie within a few km, so a plain mean is the centre). */
export function meanPoint(points: ReadonlyArray<readonly [number, number]>): [number, number] {
  const sum = points.reduce((acc, p) => [acc[0] + p[0], acc[1] + p[1]], [0, 0]);
  return [round6(sum[0] / points.length), round6(sum[1] / points.length)];
}

export function officialPlaces(areas: Iterable<OfficialArea>, centroids: readonly CentroidRecord[]): OfficialPlaces {
  const byAddress = new Map<string, OfficialArea>();
  for (const area of areas) for (const address of [area.address, ...(area.variants ?? [])]) byAddress.set(address, area);
  const centroidByKey = new Map(centroids.map((c) => [c.key, c]));
  const area = (address: string) => {
    const found = byAddress.get(address);
    return found && found.lon !== undefined ? found : undefined;
  };
  return {
    area,
    centroid(key) {
      const record = centroidByKey.get(key);
      const points = record?.members.map((m) => area(m)).filter((a) => a !== undefined).map((a) => [a.lon, a.lat] as [number, number]);
      if (!record || !points || points.length !== record.members.length || points.length < 2) return undefined;
      return { coordinates: meanPoint(points), precision: 'township' };
    },
  };
}
