/**
 * Confirms a rename found by elimination (rule 5 of match-counties.ts) with a third, independent source:
 * GeoNames towns (WGS-84) that bear the name of a township of the new county. The rename is confirmed when more
 * of them fall inside the old polygon than inside the other polygons of the same prefecture file (at least one).
 * Township names repeat across China (城关镇), so only points inside this prefecture's polygons count.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import gcoord from 'gcoord';
import type { DivisionRow } from './china-division';
import type { GeonamesRow } from './geonames';
import type { CountyPolygon, RenameCheck } from './match-counties';

export function townshipStem(name: string): string {
  const stem = name.replace(/(街道|镇|乡)$/, '');
  return stem.length >= 2 ? stem : name;
}

export function renameCheck(geonames: GeonamesRow[], townships: DivisionRow[]): RenameCheck {
  const byName = new Map<string, Array<[number, number]>>();
  for (const row of geonames) {
    const gcj = gcoord.transform([row.lon, row.lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
    for (const name of row.zhNames) byName.set(name, [...(byName.get(name) ?? []), gcj]);
  }
  // One GeoNames record can carry a township's full name and its stem: count each point once.
  return (polygon: CountyPolygon, row: DivisionRow, sameFile: CountyPolygon[]) => {
    const names = new Set(townships.filter((t) => t.parent === row.code).flatMap((t) => [t.name, townshipStem(t.name)]));
    const points = [...new Set([...names].flatMap((n) => byName.get(n) ?? []))];
    const inside = points.filter((p) => booleanPointInPolygon(p, polygon.feature)).length;
    const elsewhere = points.filter((p) => sameFile.some((other) => booleanPointInPolygon(p, other.feature))).length;
    return inside >= 1 && inside > elsewhere;
  };
}
