import type { Plugin } from 'vite';

/** Content-Security-Policy for the built page: no inline script; tiles only from OpenStreetMap. */
export function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https://tile.openstreetmap.org", "connect-src 'self'", "object-src 'none'", "base-uri 'self'",
  ].join('; ');
  return {
    name: 'outbreak-atlas-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`),
  };
}
