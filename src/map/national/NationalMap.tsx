/**
 * The national and episode views' map: the map shell (OSM, AMap with the GCJ-02 display CRS, or the offline outlines
 * of all China; view sync, insets) with the national layers once the record is in, the scope's dimming and layers,
 * and the trip circle.
 */
import { DimOutside } from './DimOutside';
import { useEffect, useRef, type ReactNode } from 'react';
import { useMap } from 'react-leaflet';
import { amapAttribution } from '../amap-tiles';
import { GCJ02_DISPLAY_CRS } from '../gcj02-crs';
import { MapShell } from '../shell/MapShell';
import type { NationalDayModel } from '../../national/national-model';
import type { NationalViewState } from '../../url/national-codec';
import type { TripHit } from '../../trip/trip-check';
import type { TripMarks } from '../../trip/trip-marks';
import type { TripState } from '../../url/trip-codec';
import type { Language } from '../../core/language';
import type { NationalLayerCallbacks, NationalLayerData, NationalLayers } from './national-layers';
import { NationalMapLayer } from './NationalMapLayer';
import { NationalOutlines } from './national-outlines';
import { TripLayer } from './TripLayer';
import type { InsetsProbe } from '../view-insets';

export interface NationalMapProps extends Omit<NationalLayerCallbacks, 'onAggregationChange'> {
  lang: Language;
  basemap: NationalViewState['basemap'];
  /** Attribution of the official record, in the interface's language. */
  attribution: string;
  /** AMap's attribution note in the reader's language (the data shifted to GCJ-02 for display). */
  amapNote: string;
  offline: boolean;
  zoom: number | null;
  centre: [number, number] | null;
  fitBounds: [[number, number], [number, number]];
  /** Changes when the bounds to fit change (a trip opened by a link fits its circle). */
  fitKey: string;
  /** A scope's outline rings (lon/lat): what lies outside is dimmed (an episode view); null: nothing dimmed. */
  dimOutside?: ReadonlyArray<ReadonlyArray<[number, number]>> | null;
  /** The part of the map the phone's sheet covers: the fit goes into the rest. */
  obscured: InsetsProbe;
  model: NationalDayModel | null;
  layerData: NationalLayerData | null;
  selected: readonly number[];
  trip: TripState | null;
  picking: boolean;
  onPick: (lat: number, lon: number) => void;
  /** The trip's result drawn on the slider's day, its marks' titles, and picking one of its places. */
  tripMarks?: TripMarks | null;
  describeTripHits?: (hits: readonly TripHit[]) => string;
  onSelectTripHit?: (hit: TripHit) => void;
  onTilesFailed: () => void;
  onViewChange: (zoom: number, centre: [number, number]) => void;
  onLayers: (layers: NationalLayers | null) => void;
  /** A scope's own layers (an episode's seed report places), drawn above the official areas. */
  extraLayers?: ReactNode;
}

/** All China at country zoom: the first look before the view is fitted. */
const HOME = { centre: [35, 104] as [number, number], zoom: 4 };

export function NationalMap(props: NationalMapProps) {
  return (
    <MapShell
      className="national-map" tiles={props.offline ? 'offline' : props.basemap} amap={{ crs: GCJ02_DISPLAY_CRS, attribution: amapAttribution(props.amapNote) }} offline={<NationalOutlinesLayer lang={props.lang} />}
      onTilesFailed={props.onTilesFailed} attribution={props.attribution} home={HOME} minZoom={3}
      zoom={props.zoom} centre={props.centre} fitBounds={props.fitBounds} fitKey={props.fitKey} obscured={props.obscured} onViewChange={props.onViewChange}
    >
      {props.model && props.layerData && (
        <NationalMapLayer
          model={props.model} data={props.layerData} lang={props.lang} selected={props.selected}
          onSelectAreas={props.onSelectAreas} onSelectUnit={props.onSelectUnit} describeUnit={props.describeUnit} describeAreas={props.describeAreas}
          onLayers={props.onLayers}
        />
      )}
      <DimOutside outline={props.dimOutside ?? null} />
      {props.extraLayers}
      <TripLayer trip={props.trip} picking={props.picking} onPick={props.onPick} marks={props.tripMarks} describe={props.describeTripHits} onSelectHit={props.onSelectTripHit} />
    </MapShell>
  );
}

/** The offline outline basemap of all China (national-outlines.ts), made once per map, renamed in place. */
function NationalOutlinesLayer({ lang }: { lang: Language }) {
  const map = useMap();
  const outlines = useRef<NationalOutlines | null>(null);
  useEffect(() => {
    const made = new NationalOutlines(map, 'zh');
    outlines.current = made;
    return () => {
      made.remove();
      outlines.current = null;
    };
  }, [map]);
  // Runs after the effect above in the same commit, so a new map gets the language too.
  useEffect(() => outlines.current?.setLanguage(lang), [map, lang]);
  return null;
}
