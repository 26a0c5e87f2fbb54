/**
 * The one map of every view: the Leaflet map (canvas, keyboard, the focus ring of `.atlas-map`), its basemap
 * (OpenStreetMap, AMap with the GCJ-02 display CRS, or the view's offline outlines), an attribution of the view's
 * data, and the view kept in step with the URL (ViewSync: fits and the selected place kept out from under the phone's
 * sheet). Each view's layers are its children. Switching to or from AMap remounts the map with the other CRS
 * (Leaflet reads the CRS once); the view's centre stays WGS-84.
 */
import { useEffect, type ReactNode } from 'react';
import { MapContainer, useMap } from 'react-leaflet';
import L from '../leaflet';
import { AmapTiles, OsmTiles } from './Tiles';
import { ViewSync, type ViewSyncProps } from './ViewSync';

export type MapTiles = 'osm' | 'amap' | 'offline';

export interface MapShellProps extends ViewSyncProps {
  /** The view's class beside `atlas-map` (its cursors, its tests' handle). */
  className?: string;
  /** The basemap drawn: online tiles, or the view's `offline` layer (chosen, or after the tiles failed). */
  tiles: MapTiles;
  /**
   * AMap's display CRS (GCJ-02, src/map/gcj02-crs.ts) and its attribution in the reader's language, given by the views
   * that offer AMap: its converter (gcoord) then loads with those views, not with every view.
   */
  amap?: { crs: L.CRS; attribution: string };
  offline: ReactNode;
  onTilesFailed: () => void;
  /** The view's first look when the URL names no view and before any fit. */
  home: { centre: [number, number]; zoom: number };
  minZoom: number;
  /** Credit of the view's data in the map's attribution, in the interface's language (plain text). */
  attribution?: string;
  children: ReactNode;
}

export function MapShell({ className, tiles, amap: amapTiles, offline, onTilesFailed, home, minZoom, attribution, children, ...view }: MapShellProps) {
  const amap = tiles === 'amap' ? amapTiles : undefined;
  return (
    <MapContainer
      key={amap ? 'gcj02' : 'wgs84'}
      className={`atlas-map${className ? ` ${className}` : ''}${tiles === 'offline' ? ' is-offline' : ''}`}
      crs={amap ? amap.crs : L.CRS.EPSG3857}
      center={view.centre ?? home.centre}
      zoom={view.zoom ?? home.zoom}
      minZoom={minZoom}
      maxZoom={18}
      preferCanvas
      worldCopyJump={false}
      keyboard
    >
      {attribution && <Attribution text={attribution} />}
      {tiles === 'offline' ? offline : amap ? <AmapTiles onFailure={onTilesFailed} attribution={amap.attribution} /> : <OsmTiles onFailure={onTilesFailed} />}
      {children}
      <ViewSync {...view} />
    </MapContainer>
  );
}

/** The view's data credit in the map's attribution, in the interface's language (plain text). */
function Attribution({ text }: { text: string }) {
  const map = useMap();
  useEffect(() => {
    map.attributionControl?.addAttribution(text);
    return () => {
      map.attributionControl?.removeAttribution(text);
    };
  }, [map, text]);
  return null;
}
