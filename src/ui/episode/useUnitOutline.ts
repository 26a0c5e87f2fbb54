/**
 * The outline of an episode's unit from the shipped basemap outlines (public/basemap/: prefectures, and provinces
 * for 北京, 天津, 上海, 重庆), or null while loading or when none is shipped (a county-level unit such as 仙桃市:
 * then the view fits the gazetteer's centre). Rings are lon/lat.
 */
import { useEffect, useState } from 'react';
import { loadOutlines } from '../../map/national/basemap-data';
import { boundsOfRings, ringsOf, type Bounds } from '../../national/episode-scope';

export interface UnitOutline {
  rings: Array<Array<[number, number]>>;
  bounds: Bounds;
}

export function useUnitOutline(adcode: string | null): UnitOutline | 'loading' | null {
  const [outline, setOutline] = useState<{ adcode: string; value: UnitOutline | null } | null>(null);
  useEffect(() => {
    if (!adcode) return undefined;
    let live = true;
    Promise.all([loadOutlines('prefectures'), loadOutlines('provinces')])
      .then((sets) => {
        const feature = sets.flatMap((set) => set.features).find((f) => f.properties.code === adcode);
        const rings = feature ? (ringsOf(feature.geometry) as Array<Array<[number, number]>>) : [];
        const bounds = boundsOfRings(rings);
        if (live) setOutline({ adcode, value: bounds ? { rings, bounds } : null });
      })
      .catch(() => live && setOutline({ adcode, value: null }));
    return () => {
      live = false;
    };
  }, [adcode]);
  if (!adcode) return null;
  return outline?.adcode === adcode ? outline.value : 'loading';
}
