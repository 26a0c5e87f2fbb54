/**
 * WGS-84 → GCJ-02 for display on AMap (高德) tiles only. The data stays WGS-84 everywhere else (the URL, exports,
 * distances, the trip check); AMap's tiles are drawn in GCJ-02, China's obfuscated datum, so a point drawn at its
 * WGS-84 position on them sits 300–600 m off its street. gcoord does the conversion (and leaves points outside
 * China unchanged, as GCJ-02 does).
 */
import gcoord from 'gcoord';

export type LonLat = [number, number];

export function wgs84ToGcj02(lon: number, lat: number): LonLat {
  return gcoord.transform([lon, lat], gcoord.WGS84, gcoord.GCJ02) as LonLat;
}

/** The inverse, to read a position on the AMap-drawn map (a click, the view's centre) back as WGS-84. */
export function gcj02ToWgs84(lon: number, lat: number): LonLat {
  return gcoord.transform([lon, lat], gcoord.GCJ02, gcoord.WGS84) as LonLat;
}
