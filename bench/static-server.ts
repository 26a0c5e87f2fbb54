/**
 * A tiny static server for the browser bench: one origin serves the built app(s), the Leaflet.TimeDimension
 * page with its vendor files from node_modules, and generated JSON. Simpler than one `vite preview` per build,
 * and it never answers for anything outside the mounted folders.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.geojson': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml',
};

export interface StaticServer {
  base: string;
  stop: () => Promise<void>;
}

/** `mounts`: URL prefix (e.g. "/app/") → folder; `generated`: exact URL path → body held in memory. */
export async function startStaticServer(mounts: Record<string, string>, generated: Record<string, string> = {}): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (url in generated) {
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(url)] ?? 'application/octet-stream' });
      res.end(generated[url]);
      return;
    }
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (!url.startsWith(prefix)) continue;
      const root = path.resolve(folder);
      let file = path.join(root, url.slice(prefix.length));
      if (!file.startsWith(root)) break; // no ../ escapes
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!fs.existsSync(file)) break;
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404);
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/`,
    stop: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
