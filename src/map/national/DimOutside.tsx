/**
 * Dims the map outside a scope's unit (an episode's prefecture): one polygon whose outer ring is the world and whose
 * holes are the unit's outline, in a pane above the areas' canvas that takes no pointer events, so areas outside
 * stay visible as context, faded, and every dot stays clickable. Made once per outline.
 */
import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

const DIM_PANE = 'atlas-scope-dim';
const WORLD: Array<[number, number]> = [[-85, -180], [-85, 180], [85, 180], [85, -180]];

export function DimOutside({ outline }: { outline: ReadonlyArray<ReadonlyArray<[number, number]>> | null }) {
  const map = useMap();
  useEffect(() => {
    if (!outline?.length) return undefined;
    if (!map.getPane(DIM_PANE)) {
      const pane = map.createPane(DIM_PANE);
      pane.style.zIndex = '430';
      pane.style.pointerEvents = 'none';
    }
    const holes = outline.map((ring) => ring.map(([lon, lat]) => [lat, lon] as [number, number]));
    const mask = L.polygon([WORLD, ...holes], {
      pane: DIM_PANE, renderer: L.canvas({ pane: DIM_PANE }), interactive: false, stroke: true, color: '#334', weight: 1.5, opacity: 0.8, fillColor: '#fff', fillOpacity: 0.55, className: 'scope-dim',
    }).addTo(map);
    return () => {
      mask.remove();
    };
  }, [map, outline]);
  return null;
}
