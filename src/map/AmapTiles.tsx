/** AMap (高德) raster tiles (amap-tiles.ts). The map shows them with the GCJ-02 display CRS (gcj02-crs.ts). */
import { TileLayer } from 'react-leaflet';
import { AMAP_ATTRIBUTION, AMAP_MAX_ZOOM, AMAP_SUBDOMAINS, AMAP_TILE_URL } from './amap-tiles';
import { useTileFailure } from './tile-failure';

export function AmapTiles({ onFailure }: { onFailure: () => void }) {
  const eventHandlers = useTileFailure(onFailure);
  return (
    <TileLayer
      url={AMAP_TILE_URL}
      subdomains={AMAP_SUBDOMAINS}
      attribution={AMAP_ATTRIBUTION}
      maxZoom={AMAP_MAX_ZOOM}
      eventHandlers={eventHandlers}
    />
  );
}
