import { useMemo } from 'react';
import { MapContainer } from 'react-leaflet';
import bbox from '@turf/bbox';
import type { AtlasData, AtlasFeature } from '../data/load';
import type { TimelineCursor } from '../timeline/index';
import type { Language } from '../url/view-state';
import { OfflineOutlines, OnlineTiles } from './Basemap';
import { FeatureLayer } from './FeatureLayer';
import { ViewSync } from './ViewSync';

export interface AtlasMapProps {
  data: AtlasData;
  outbreak: string;
  cursor: TimelineCursor;
  day: number;
  mask: Uint8Array;
  selectedId: string | null;
  zoom: number | null;
  centre: [number, number] | null;
  lang: Language;
  offline: boolean;
  onTilesFailed: () => void;
  onSelect: (featureId: string) => void;
  onViewChange: (zoom: number, centre: [number, number]) => void;
  onVisibleChange: (count: number) => void;
}

export function AtlasMap(props: AtlasMapProps) {
  const { data, outbreak, lang } = props;
  const fitBounds = useMemo(() => {
    const features = data.features.filter((f) => outbreak === 'all' || f.outbreakId === outbreak).map((f) => f.feature);
    if (!features.length) return null;
    const [w, s, e, n] = bbox({ type: 'FeatureCollection', features } as GeoJSON.FeatureCollection);
    return [[s, w], [n, e]] as [[number, number], [number, number]];
  }, [data, outbreak]);
  const tooltipText = (item: AtlasFeature) => (lang === 'en' ? `${item.feature.properties.nameEn} · ${item.feature.properties.name}` : item.feature.properties.name);

  return (
    <MapContainer
      className={`atlas-map${props.offline ? ' is-offline' : ''}`}
      center={props.centre ?? [32, 115]}
      zoom={props.zoom ?? 6}
      minZoom={4}
      maxZoom={18}
      preferCanvas
      worldCopyJump={false}
      keyboard
    >
      {props.offline ? <OfflineOutlines data={data} lang={lang} /> : <OnlineTiles onFailure={props.onTilesFailed} />}
      <FeatureLayer
        key={lang}
        data={data}
        outbreak={outbreak}
        cursor={props.cursor}
        day={props.day}
        mask={props.mask}
        selectedId={props.selectedId}
        onSelect={props.onSelect}
        tooltipText={tooltipText}
        onVisibleChange={props.onVisibleChange}
      />
      <ViewSync zoom={props.zoom} centre={props.centre} fitBounds={fitBounds} fitKey={outbreak} onViewChange={props.onViewChange} />
    </MapContainer>
  );
}
