/**
 * The online basemaps of the map shell: OpenStreetMap tiles (Web Mercator, WGS-84) and AMap (高德) raster tiles,
 * shown with the GCJ-02 display CRS (../gcj02-crs.ts). Each reports its tiles failing (no network) once.
 */
import { TileLayer } from 'react-leaflet';
import { AMAP_MAX_ZOOM, AMAP_SUBDOMAINS, AMAP_TILE_URL } from '../amap-tiles';
import { useTileFailure } from '../tile-failure';

const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export function OsmTiles({ onFailure }: { onFailure: () => void }) {
  const eventHandlers = useTileFailure(onFailure);
  return <TileLayer url={OSM_URL} attribution={OSM_ATTRIBUTION} maxZoom={18} eventHandlers={eventHandlers} />;
}

export function AmapTiles({ onFailure, attribution }: { onFailure: () => void; attribution: string }) {
  const eventHandlers = useTileFailure(onFailure);
  return <TileLayer url={AMAP_TILE_URL} subdomains={AMAP_SUBDOMAINS} attribution={attribution} maxZoom={AMAP_MAX_ZOOM} eventHandlers={eventHandlers} />;
}
