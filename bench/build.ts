/**
 * Production builds for the bench, into bench/.dist/ so the project's dist/ is left alone: the five-outbreak
 * app (bundle size, first render) and the same app built with synthetic data through ATLAS_OUTBREAKS_DIR.
 * Sizes are of the JS and CSS Vite emits (map tiles and geo/ data are not part of the bundle).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const DIST_ROOT = path.resolve(import.meta.dirname, '.dist');
const ROOT = path.resolve(import.meta.dirname, '..');

export function buildApp(name: string, outbreaksDir?: string): string {
  const outDir = path.join(DIST_ROOT, name);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (outbreaksDir) env.ATLAS_OUTBREAKS_DIR = outbreaksDir;
  else delete env.ATLAS_OUTBREAKS_DIR;
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build (${name}) failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

export interface SizeRow {
  raw: number;
  gzip: number;
  files: string[];
}

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  js: SizeRow;
  css: SizeRow;
  /** The JS chunk index.html loads (what every view waits for). */
  entry: ChunkSize;
  /** The largest JS chunk loaded later (a view's code, e.g. the national view's, or a worker). */
  largestLazy: ChunkSize;
}

/** Raw and gzip (level 9, as most size budgets count) bytes of the emitted JS and CSS. */
export function bundleSizes(outDir: string): BundleSizes {
  const row = (ext: string): SizeRow => {
    const files = fs.readdirSync(path.join(outDir, 'assets')).filter((f) => f.endsWith(ext)).sort();
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(outDir, 'assets', file));
      raw += bytes.length;
      gzip += zlib.gzipSync(bytes, { level: 9 }).length;
    }
    return { raw, gzip, files };
  };
  const chunk = (file: string): ChunkSize => {
    const bytes = fs.readFileSync(path.join(outDir, 'assets', file));
    return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  };
  const js = row('.js');
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const entryFile = /<script[^>]+src="\.?\/?assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entryFile) throw new Error(`no entry script in ${outDir}/index.html`);
  // The entry is what loads before the first render: the entry script and every chunk it modulepreloads (a chunk
  // split off but preloaded, such as a shared zod chunk, is still part of the first download).
  const preloaded = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  const startup = [entryFile, ...preloaded].map(chunk);
  const entry: ChunkSize = { file: startup.map((c) => c.file).join(' + '), raw: startup.reduce((n, c) => n + c.raw, 0), gzip: startup.reduce((n, c) => n + c.gzip, 0) };
  const lazy = js.files.filter((f) => f !== entryFile && !preloaded.includes(f)).map(chunk).sort((a, b) => b.gzip - a.gzip);
  return { js, css: row('.css'), entry, largestLazy: lazy[0] ?? { file: '', raw: 0, gzip: 0 } };
}
