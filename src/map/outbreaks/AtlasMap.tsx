/**
 * The outbreak views' map: the map shell (basemap, view sync, insets) with the report's places (FeatureLayer), and
 * the layers drawn only when the reader asks for them: a draft under review and the official areas of the outbreak.
 */
import { lazy, Suspense, useMemo } from 'react';
import bbox from '@turf/bbox';
import type { AtlasData } from '../../model/atlas-data';
import { inOutbreak } from '../../model/summaries';
import type { TimelineModel } from '../../time/timeline-model';
import type { Language } from '../../core/language';
import { OfflineOutlinesLayer } from './Basemap';
import type { DraftReviewLayerProps } from '../review/DraftReviewLayer';
import type { MapNames } from './feature-layers';
import L from '../leaflet';
import type { InsetsProbe } from '../view-insets';
import { FeatureLayer } from './FeatureLayer';
import type { OfficialOverlay } from '../national/OfficialPointsOverlay';
import { MapShell } from '../shell/MapShell';

// Layers drawn only when the reader asks for them (a draft opened for review, the official areas turned on) load
// then, in their own chunks, not with the atlas.
const DraftReviewLayer = lazy(() => import('../review/DraftReviewLayer').then((module) => ({ default: module.DraftReviewLayer })));
const OfficialPointsOverlay = lazy(() => import('../national/OfficialPointsOverlay').then((module) => ({ default: module.OfficialPointsOverlay })));

/** Central China at province zoom: the first look before the outbreak is fitted. */
const HOME = { centre: [32, 115] as [number, number], zoom: 6 };

export interface AtlasMapProps {
  /** A draft under review (src/ui/review), drawn as its own layer. */
  draft?: DraftReviewLayerProps | null;
  /** The official areas of the outbreak's prefecture, when the reader turned them on. */
  official?: OfficialOverlay | null;
  data: AtlasData;
  model: TimelineModel;
  outbreak: string;
  mask: Uint8Array;
  selectedId: string | null;
  zoom: number | null;
  centre: [number, number] | null;
  lang: Language;
  names: MapNames;
  /** The part of the map a sheet covers (phones): fits and the selected place keep out of it. */
  obscured: InsetsProbe;
  offline: boolean;
  onTilesFailed: () => void;
  onSelect: (featureId: string) => void;
  onViewChange: (zoom: number, centre: [number, number]) => void;
  onVisibleChange: (count: number) => void;
}

export function AtlasMap(props: AtlasMapProps) {
  const { data, outbreak, lang, official } = props;
  const fitBounds = useMemo(() => {
    const features = data.features.filter(inOutbreak(outbreak)).map((f) => f.feature);
    if (!features.length) return null;
    const [w, s, e, n] = bbox({ type: 'FeatureCollection', features });
    return [[s, w], [n, e]] as [[number, number], [number, number]];
  }, [data, outbreak]);

  const selected = props.selectedId ? data.byId.get(props.selectedId) : undefined;
  const focus = useMemo(() => (selected ? L.geoJSON(selected.feature.geometry).getBounds() : null), [selected]);

  return (
    <MapShell
      tiles={props.offline ? 'offline' : 'osm'} offline={<OfflineOutlinesLayer data={data} lang={lang} />} onTilesFailed={props.onTilesFailed}
      home={HOME} minZoom={4}
      zoom={props.zoom} centre={props.centre} fitBounds={fitBounds} fitKey={outbreak} obscured={props.obscured}
      focus={focus} focusKey={props.selectedId} onViewChange={props.onViewChange}
    >
      <FeatureLayer
        data={data} model={props.model} outbreak={outbreak} mask={props.mask} lang={lang} names={props.names}
        selectedId={props.selectedId} obscured={props.obscured} onSelect={props.onSelect} onVisibleChange={props.onVisibleChange}
      />
      <Suspense fallback={null}>
        {official && <OfficialPointsOverlay model={official.model} data={official.data} describe={(areas) => official.address(areas[0])} />}
        {props.draft && <DraftReviewLayer {...props.draft} />}
      </Suspense>
    </MapShell>
  );
}
