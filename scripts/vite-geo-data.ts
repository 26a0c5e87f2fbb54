/**
 * Vite plugin: serves geo/ during `vite dev` and copies it into the build, with a generated geo/index.json that
 * tells the app which files to load (`official`: the official record's meta.json, whose `chunks` name the year
 * files beside it). ATLAS_OUTBREAKS_DIR swaps in another folder of outbreak files (the bench
 * uses it for synthetic data) without touching app code.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const root = path.resolve(import.meta.dirname, '..');

function dataFiles(): Map<string, string> {
  const outbreaksDir = process.env.ATLAS_OUTBREAKS_DIR ? path.resolve(process.env.ATLAS_OUTBREAKS_DIR) : path.join(root, 'geo/outbreaks');
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(outbreaksDir).filter((f) => f.endsWith('.geojson')).sort()) {
    files.set(`geo/outbreaks/${name}`, path.join(outbreaksDir, name));
  }
  for (const name of fs.readdirSync(path.join(root, 'geo/reports')).filter((f) => f.endsWith('.txt'))) {
    files.set(`geo/reports/${name}`, path.join(root, 'geo/reports', name));
  }
  for (const name of ['counties.geojson', 'basemap-prefectures.geojson']) files.set(`geo/sources/${name}`, path.join(root, 'geo/sources', name));
  // The official record: meta.json names the year files; all of it is fetched by the national view only.
  const officialDir = path.join(root, 'geo/official');
  if (fs.existsSync(officialDir)) {
    for (const name of fs.readdirSync(officialDir).filter((f) => f.endsWith('.json') || f.endsWith('.txt')).sort()) files.set(`geo/official/${name}`, path.join(officialDir, name));
  }
  return files;
}

function indexJson(files: Map<string, string>): string {
  return JSON.stringify({
    outbreaks: [...files.keys()].filter((f) => f.startsWith('geo/outbreaks/')),
    counties: 'geo/sources/counties.geojson',
    prefectures: 'geo/sources/basemap-prefectures.geojson',
    ...(files.has('geo/official/meta.json') ? { official: 'geo/official/meta.json' } : {}),
  });
}

export function geoData(): Plugin {
  return {
    name: 'outbreak-atlas-geo-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\//, '');
        const files = dataFiles();
        if (url === 'geo/index.json') {
          res.setHeader('Content-Type', 'application/json');
          res.end(indexJson(files));
          return;
        }
        const file = files.get(url);
        if (!file) return next();
        res.setHeader('Content-Type', url.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'application/json');
        fs.createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      const files = dataFiles();
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source: fs.readFileSync(source) });
      this.emitFile({ type: 'asset', fileName: 'geo/index.json', source: indexJson(files) });
    },
  };
}

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
