/**
 * The outbreak views' offline basemap (when the tiles fail or it is chosen): an outline map built from the shipped
 * prefecture and county polygons (offline-outlines.ts). The online tiles are the map shell's (shell/Tiles.tsx).
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { AtlasData } from '../../model/atlas-data';
import type { Language } from '../../core/language';
import { OfflineOutlines } from './offline-outlines';

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
