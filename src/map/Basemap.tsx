/**
 * OpenStreetMap tiles when they load; otherwise (or when chosen) an offline outline map built from the shipped
 * prefecture and county polygons (offline-outlines.ts).
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import { TileLayer, useMap } from 'react-leaflet';
import type { AtlasData } from '../model/atlas-data';
import type { Language } from '../core/language';
import { OfflineOutlines } from './offline-outlines';
import { useTileFailure } from './tile-failure';

const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export function OnlineTiles({ onFailure }: { onFailure: () => void }) {
  const eventHandlers = useTileFailure(onFailure);
  return (
    <TileLayer
      url={OSM_URL}
      attribution={OSM_ATTRIBUTION}
      maxZoom={18}
      eventHandlers={eventHandlers}
    />
  );
}

/** The offline outline map for React: built once per map and data, relabelled in place when the language changes. */
export function OfflineOutlinesLayer({ data, lang }: { data: AtlasData; lang: Language }) {
  const map = useMap();
  const outlines = useRef<OfflineOutlines | null>(null);
  const currentLang = useEffectEvent(() => lang);

  useEffect(() => {
    const instance = new OfflineOutlines(map, data, currentLang());
    outlines.current = instance;
    return () => {
      instance.remove();
      outlines.current = null;
    };
  }, [map, data]);

  useEffect(() => {
    outlines.current?.setLanguage(lang);
  }, [lang]);
  return null;
}
