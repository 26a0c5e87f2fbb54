/**
 * A Leaflet CRS for the AMap basemap: Web Mercator of the GCJ-02-shifted position. Overlays keep their WGS-84
 * coordinates and are drawn where AMap's tiles put the same street; the tiles themselves (addressed by pixel)
 * stay where they are; a click or the view's centre unprojects back to WGS-84, so the URL, the trip check and
 * exports never see GCJ-02. Used only while the AMap basemap is shown.
 */
import { gcj02ToWgs84, wgs84ToGcj02 } from './gcj02';
import L from './leaflet';

const mercator = L.Projection.SphericalMercator;

const gcj02Projection: L.Projection = {
  bounds: mercator.bounds,
  project(latlng: L.LatLng): L.Point {
    const [lon, lat] = wgs84ToGcj02(latlng.lng, latlng.lat);
    return mercator.project(L.latLng(lat, lon));
  },
  unproject(point: L.Point): L.LatLng {
    const shifted = mercator.unproject(point);
    const [lon, lat] = gcj02ToWgs84(shifted.lng, shifted.lat);
    return L.latLng(lat, lon);
  },
};

export const GCJ02_DISPLAY_CRS: L.CRS = L.Util.extend({}, L.CRS.EPSG3857, { code: 'EPSG:3857+GCJ-02', projection: gcj02Projection });
