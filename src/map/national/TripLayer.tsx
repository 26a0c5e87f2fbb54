/**
 * The trip check on the map: its circle and centre (a Leaflet circle: WGS-84, so on the AMap basemap it is drawn
 * shifted with everything else), the places it found (numbered marks as the list numbers them, filled when in force
 * on the slider's day; the dashed ring of a coarse point's uncertainty; a report place's outline), and picking the
 * point by a click while picking is on.
 */
import { memo, useEffect, useMemo } from 'react';
import { Circle, GeoJSON, Marker, useMapEvents } from 'react-leaflet';
import L from '../leaflet';
import type { TripHit } from '../../trip/trip-check';
import type { TripMark, TripMarks } from '../../trip/trip-marks';
import type { TripState } from '../../url/trip-codec';

/** The trip's point as a DOM mark (a map on the canvas renderer draws circles on canvas; this one tests can find). */
const CENTRE_ICON = L.divIcon({ className: 'trip-centre', iconSize: [14, 14], iconAnchor: [7, 7], html: '' });
const TRIP_INK = '#17324d';

export interface TripLayerProps {
  trip: TripState | null;
  picking: boolean;
  onPick: (lat: number, lon: number) => void;
  /** The result's marks on the slider's day (trip-marks.ts), or null before there is a result. */
  marks?: TripMarks | null;
  /** A mark's title: its places' names. */
  describe?: (hits: readonly TripHit[]) => string;
  onSelectHit?: (hit: TripHit) => void;
}

/** A numbered badge, built as DOM (no HTML string): the number is the place's in the trip's list. */
function markIcon(mark: Pick<TripMark, 'rank' | 'match' | 'inForce' | 'level' | 'hits'>): L.DivIcon {
  const badge = document.createElement('span');
  badge.textContent = mark.match === 'possibly' ? `?${mark.rank}` : String(mark.rank);
  if (mark.hits.length > 1) {
    const more = document.createElement('sup');
    more.textContent = `+${mark.hits.length - 1}`;
    badge.append(more);
  }
  const state = mark.inForce ? 'is-in-force' : 'is-out-of-force';
  // A shared point's badge is wider, so its "+n" fits beside the number.
  const width = mark.hits.length > 1 ? 36 : 24;
  return L.divIcon({ className: `trip-hit-mark is-${mark.match} ${state} level-${mark.level}`, html: badge, iconSize: [width, 24], iconAnchor: [width / 2, 12] });
}

/**
 * Nearer places on top where marks overlap: Leaflet stacks by pixel row plus this offset, so the step per rank
 * (50) outweighs the rows two overlapping 24 px marks can differ by. "Possibly within" marks lie under them all.
 */
const zIndexOf = (mark: Pick<TripMark, 'rank' | 'match'>) => (mark.match === 'within' ? 20_000 : 0) - mark.rank * 50;

const HitMarker = memo(function HitMarker({ mark, title, onSelect }: { mark: TripMark; title: string; onSelect?: (hit: TripHit) => void }) {
  const icon = useMemo(() => markIcon(mark), [mark]);
  return (
    <Marker position={[mark.lat, mark.lon]} icon={icon} title={title} keyboard={false} zIndexOffset={zIndexOf(mark)}
      eventHandlers={{ click: () => onSelect?.(mark.hits[0]) }} />
  );
});

export function TripLayer({ trip, picking, onPick, marks, describe, onSelectHit }: TripLayerProps) {
  const map = useMapEvents({
    click: (event) => {
      if (picking) onPick(Number(event.latlng.lat.toFixed(5)), Number(event.latlng.lng.toFixed(5)));
    },
  });
  useEffect(() => {
    map.getContainer().classList.toggle('is-picking', picking);
  }, [map, picking]);
  if (!trip) return null;
  return (
    <>
      <Circle center={[trip.lat, trip.lon]} radius={trip.radiusKm * 1000} interactive={false}
        pathOptions={{ color: TRIP_INK, weight: 2, dashArray: '6 4', fillColor: TRIP_INK, fillOpacity: 0.06 }} />
      {marks?.rings.map((ring) => (
        <Circle key={ring.key} center={[ring.lat, ring.lon]} radius={ring.radiusMetres} interactive={false}
          pathOptions={{ color: '#6b4fa0', weight: 1.5, dashArray: '2 4', fill: false, opacity: ring.match === 'within' ? 0.9 : 0.6 }} />
      ))}
      {marks?.outlines.map((outline) => (
        <GeoJSON key={`${outline.key}:${outline.inForce}`} data={outline.geometry}
          style={{ color: TRIP_INK, weight: 2, dashArray: '4 3', fillColor: '#d3302f', fillOpacity: outline.inForce ? 0.25 : 0.05 }}
          eventHandlers={{ click: () => onSelectHit?.(outline.hit) }} />
      ))}
      {marks?.marks.map((mark) => <HitMarker key={`${mark.key}:${mark.rank}:${mark.inForce}:${mark.hits.length}`} mark={mark} title={describe?.(mark.hits) ?? ''} onSelect={onSelectHit} />)}
      <Marker position={[trip.lat, trip.lon]} icon={CENTRE_ICON} interactive={false} keyboard={false} />
    </>
  );
}
