/**
 * The trip check on the map: its circle and centre (a Leaflet circle: WGS-84, so on the AMap basemap it is drawn
 * shifted with everything else), and picking the point by a click while picking is on.
 */
import { useEffect } from 'react';
import { Circle, Marker, useMapEvents } from 'react-leaflet';
import L from '../leaflet';
import type { TripState } from '../../url/trip-codec';

/** The trip's point as a DOM mark (a map on the canvas renderer draws circles on canvas; this one tests can find). */
const CENTRE_ICON = L.divIcon({ className: 'trip-centre', iconSize: [14, 14], iconAnchor: [7, 7], html: '' });

export interface TripLayerProps {
  trip: TripState | null;
  picking: boolean;
  onPick: (lat: number, lon: number) => void;
}

export function TripLayer({ trip, picking, onPick }: TripLayerProps) {
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
        pathOptions={{ color: '#17324d', weight: 2, dashArray: '6 4', fillColor: '#17324d', fillOpacity: 0.06 }} />
      <Marker position={[trip.lat, trip.lon]} icon={CENTRE_ICON} interactive={false} keyboard={false} />
    </>
  );
}
