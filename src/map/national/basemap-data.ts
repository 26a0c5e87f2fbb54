/**
 * The offline outline basemap of all China (public/basemap/, built by the gazetteer: geo/sources/README.md):
 * provinces and prefectures loaded once, a province's counties when first needed. Every feature carries its
 * code, names and `label`, a point inside the polygon, which the national view also uses to place its circles.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface OutlineProperties {
  code: string;
  name: string;
  nameEn: string;
  level: 'province' | 'prefecture' | 'county';
  parent: string | null;
  inList: boolean;
  /** WGS-84 pole of inaccessibility of the largest part. */
  label: [number, number];
}

export type Outlines = FeatureCollection<Polygon | MultiPolygon, OutlineProperties>;

const cache = new Map<string, Promise<Outlines>>();

export function loadOutlines(path: 'provinces' | 'prefectures' | `counties/${string}`, baseUrl = './'): Promise<Outlines> {
  let pending = cache.get(path);
  if (!pending) {
    pending = fetch(`${baseUrl}basemap/${path}.geojson`).then((response) => {
      if (!response.ok) throw new Error(`basemap/${path}.geojson: HTTP ${response.status}`);
      return response.json() as Promise<Outlines>;
    });
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending;
}
