/**
 * Leaflet with the markercluster plugin. The plugin extends a global `L`, so the global is set in
 * leaflet-global.ts, which is imported (and therefore evaluated) before the plugin.
 */
import L from './leaflet-global';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';

export default L;
