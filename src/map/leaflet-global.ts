import L from 'leaflet';

Object.assign(globalThis, { L });
export default L;
