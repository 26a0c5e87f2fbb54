import type { Plugin } from 'vite';
import { AMAP_TILE_HOSTS } from '../src/map/amap-tiles.ts';

/** Content-Security-Policy for the built page: no inline script; tiles only from OpenStreetMap and AMap (高德). */
export function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: https://tile.openstreetmap.org ${AMAP_TILE_HOSTS.join(' ')}`, "connect-src 'self'", "object-src 'none'", "base-uri 'self'",
  ].join('; ');
  return {
    name: 'outbreak-atlas-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`),
  };
}
