/** AMap (高德) raster tiles (amap-tiles.ts). The map shows them with the GCJ-02 display CRS (gcj02-crs.ts). */
import { useRef } from 'react';
import { TileLayer } from 'react-leaflet';
import { AMAP_ATTRIBUTION, AMAP_MAX_ZOOM, AMAP_SUBDOMAINS, AMAP_TILE_URL } from './amap-tiles';

export function AmapTiles({ onFailure }: { onFailure: () => void }) {
  const loaded = useRef(0);
  const failed = useRef(0);
  return (
    <TileLayer
      url={AMAP_TILE_URL}
      subdomains={AMAP_SUBDOMAINS}
      attribution={AMAP_ATTRIBUTION}
      maxZoom={AMAP_MAX_ZOOM}
      eventHandlers={{
        tileload: () => {
          loaded.current += 1;
        },
        tileerror: () => {
          failed.current += 1;
          // A few failures with nothing loaded: AMap is unreachable here (offline, blocked).
          if (failed.current >= 3 && loaded.current === 0) onFailure();
        },
      }}
    />
  );
}
