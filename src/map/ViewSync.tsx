/**
 * Keeps the map view and the URL's z/c in step. <MapContainer> reads center/zoom only once, so later changes
 * (outbreak picked, back/forward) are applied here with useMap().
 */
import { useEffect, useRef, type RefObject } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { LatLngBoundsExpression } from 'leaflet';

export interface ViewSyncProps {
  zoom: number | null;
  centre: [number, number] | null;
  /** Bounds to fit when no explicit view is set (the selected outbreak's features). */
  fitBounds: LatLngBoundsExpression | null;
  fitKey: string;
  onViewChange: (zoom: number, centre: [number, number]) => void;
}

/**
 * Runs a view change with `flag` set. Views set here are not animated, so their moveend fires during the call:
 * flagged only for its duration (a flag left for "the next moveend" swallowed the reader's first pan when the
 * fit's moveend came before the listener was bound).
 */
function whileSet(flag: RefObject<boolean>, move: () => void): void {
  flag.current = true;
  try {
    move();
  } finally {
    flag.current = false;
  }
}

export function ViewSync({ zoom, centre, fitBounds, fitKey, onViewChange }: ViewSyncProps) {
  const map = useMap();
  const programmatic = useRef(false);
  const lastFitKey = useRef<string | null>(null);

  useEffect(() => {
    if (zoom !== null && centre !== null) {
      const current = map.getCenter();
      const same = map.getZoom() === zoom && Math.abs(current.lat - centre[0]) < 1e-4 && Math.abs(current.lng - centre[1]) < 1e-4;
      if (!same) whileSet(programmatic, () => map.setView(centre, zoom, { animate: false }));
      lastFitKey.current = fitKey;
      return;
    }
    if (fitBounds && lastFitKey.current !== fitKey) {
      whileSet(programmatic, () => map.fitBounds(fitBounds, { padding: [24, 24], maxZoom: 11, animate: false }));
      lastFitKey.current = fitKey;
    }
  }, [map, zoom, centre, fitBounds, fitKey]);

  useEffect(() => {
    // The container changes size with the window: tell Leaflet, keeping the centre the URL names where it is.
    const observer = new ResizeObserver(() => whileSet(programmatic, () => map.invalidateSize({ pan: true, animate: false })));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);

  useMapEvents({
    moveend: () => {
      // A view we set from the URL or a fit is not a user's pan: do not write it back as one.
      if (programmatic.current) return;
      const c = map.getCenter();
      onViewChange(map.getZoom(), [Number(c.lat.toFixed(4)), Number(c.lng.toFixed(4))]);
    },
  });
  return null;
}
