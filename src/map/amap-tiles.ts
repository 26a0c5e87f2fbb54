/**
 * AMap (高德) raster tiles: a basemap with Chinese street names, drawn in GCJ-02 (see gcj02.ts). The Content-
 * Security-Policy of the built page must allow these hosts in img-src.
 */
export const AMAP_TILE_URL = 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}';
export const AMAP_SUBDOMAINS = '1234';
export const AMAP_TILE_HOSTS = [1, 2, 3, 4].map((n) => `https://webrd0${n}.is.autonavi.com`);
/** AMap's credit, with the view's note (in the reader's language) that the WGS-84 data is shifted to GCJ-02 for display. */
export const amapAttribution = (note: string) => `&copy; <a href="https://www.amap.com/">高德地图 AutoNavi</a> (${note})`;
export const AMAP_MAX_ZOOM = 18;
