/** Tells a tile layer's reader when its tile server cannot be reached (offline, blocked), for any tile source. */
import type { LeafletEventHandlerFnMap } from 'leaflet';
import { useMemo, useRef } from 'react';

/** Failures with no tile loaded before the server counts as unreachable. */
const FAILURES_BEFORE_GIVING_UP = 3;

/** Event handlers for a TileLayer: `onFailure` once a few tiles failed and none loaded. */
export function useTileFailure(onFailure: () => void): LeafletEventHandlerFnMap {
  const loaded = useRef(0);
  const failed = useRef(0);
  return useMemo(() => ({
    tileload: () => {
      loaded.current += 1;
    },
    tileerror: () => {
      failed.current += 1;
      if (failed.current >= FAILURES_BEFORE_GIVING_UP && loaded.current === 0) onFailure();
    },
  }), [onFailure]);
}
