/**
 * The layout shows the architecture: src/<folder> are layers whose imports never form a cycle, and the pure core
 * imports neither React nor Leaflet. Parses the import lines of every source file under src/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');
/** Folders that render; everything else in src/ is pure core. */
const VIEW_FOLDERS = new Set(['map', 'ui']);
const VIEW_PACKAGES = /^(react|react-dom|react-leaflet|leaflet|leaflet\.markercluster)(\/|$)/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Module specifiers of a file's static imports and re-exports (`import … from 'x'`, `export … from 'x'`, `import 'x'`). */
function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gms)) {
    specifiers.push(match[1] ?? match[2]);
  }
  return specifiers;
}

const folderOf = (file: string) => path.relative(SRC, file).split(path.sep)[0];

const relativeImports = (file: string) => importsOf(fs.readFileSync(file, 'utf8')).filter((s) => s.startsWith('.') && !s.endsWith('.css'));

/**
 * The part of src/ a file belongs to: its top folder, except in the two rendering folders, where each subfolder is a
 * part of its own (src/ui/<view>, src/ui/shell, src/ui/hooks; src/map/<layers>, src/map/shell) and the files at
 * their root are one more (src/ui: the app's router; src/map: the library adapters and styles every layer uses).
 */
function partOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  return VIEW_FOLDERS.has(parts[0]) && parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Part → parts it imports from. No exemptions: a module any layer may use lives in a folder of its own (src/core). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = partOf(file);
    if (from.includes('.')) continue;
    graph.set(from, graph.get(from) ?? new Set());
    for (const specifier of relativeImports(file)) {
      const target = path.resolve(path.dirname(file), specifier);
      if (path.relative(SRC, target).startsWith('..')) continue;
      const to = partOf(target);
      if (to !== from) graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** One cycle as a path (a → b → a), or null. */
function findCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

/** Specifiers the bundler also follows into lazy chunks: `import('x')` and `new Worker(new URL('x', import.meta.url))`. */
function lazyImportsOf(source: string): string[] {
  return [...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g)].map((m) => m[1] ?? m[2]);
}

/** A file's source without its type-only imports and re-exports (`import type …`, `export type … from`): they bundle nothing. */
const withoutTypeImports = (source: string) => source.replace(/^\s*(?:import|export)\s+type\s[^;]*;/gm, '');

/** Source files the app's entry reaches through relative imports that bundle code, the lazy views' and workers' included. */
function reachedFromEntry(entry: string): Set<string> {
  const reached = new Set<string>();
  const pending = [entry];
  while (pending.length) {
    const file = pending.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    const source = withoutTypeImports(fs.readFileSync(file, 'utf8'));
    for (const specifier of [...importsOf(source), ...lazyImportsOf(source)]) {
      if (!specifier.startsWith('.')) continue;
      const base = path.resolve(path.dirname(file), specifier);
      const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => /\.tsx?$/.test(f) && fs.existsSync(f));
      if (found) pending.push(found);
    }
  }
  return reached;
}

describe('architecture', () => {
  it('finds a folder cycle when there is one (the check itself works)', () => {
    expect(importsOf("import { a } from '../data/x';\nexport { b } from './y';\nimport './z.css';\nimport type {\n  C,\n} from '../timeline/c';")).toEqual(['../data/x', './y', './z.css', '../timeline/c']);
    const graph = new Map([['data', new Set(['filters'])], ['filters', new Set(['data'])], ['ui', new Set(['data'])]]);
    expect(findCycle(graph)).toEqual(['data', 'filters', 'data']);
  });

  it('has no import cycle between the parts of src/: its folders, each view, the shell, and each map layer set', () => {
    const graph = folderGraph();
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['core', 'time', 'url', 'data', 'official', 'ui/outbreaks', 'ui/national', 'ui/episode', 'ui/compare', 'ui/outbreak-index', 'ui/shell', 'map/shell', 'map/outbreaks', 'map/national']));
    expect(findCycle(graph)).toBeNull();
  });

  it('keeps the shell below the views: it imports no view', () => {
    const views = ['ui/outbreaks', 'ui/national', 'ui/episode', 'ui/compare', 'ui/outbreak-index', 'ui/review', 'ui/export-animation'];
    expect([...(folderGraph().get('ui/shell') ?? [])].filter((part) => views.includes(part))).toEqual([]);
    expect([...(folderGraph().get('map/shell') ?? [])].filter((part) => part.startsWith('map/') || part.startsWith('ui'))).toEqual([]);
  });

  it('keeps src/core a leaf: it imports nothing else of src/, so every layer may use it', () => {
    expect(folderGraph().get('core')).toEqual(new Set());
  });

  it('has model and map code take Language and Alignment from src/core, not from the URL layer\'s view state', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => ['model', 'map', 'data', 'time'].includes(folderOf(file)))
      .filter((file) => relativeImports(file).some((s) => s.endsWith('url/view-state')))
      .map((file) => path.relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it('keeps Node-only modules (node:fs…) out of what the app bundles', () => {
    const reached = reachedFromEntry(path.join(SRC, 'main.tsx'));
    expect(reached.size).toBeGreaterThan(30);
    const nodeOnly = [...reached].filter((file) => importsOf(fs.readFileSync(file, 'utf8')).some((s) => s.startsWith('node:')));
    expect(nodeOnly.map((file) => path.relative(SRC, file))).toEqual([]);
  });

  it('follows lazy views and workers into their chunks (the check itself works)', () => {
    expect(lazyImportsOf("lazy(() => import('./national/NationalView').then(f));\nnew Worker(new URL('./w.worker.ts', import.meta.url));")).toEqual(['./national/NationalView', './w.worker.ts']);
    const reached = [...reachedFromEntry(path.join(SRC, 'main.tsx'))].map((file) => path.relative(SRC, file));
    expect(reached).toContain(path.join('ui', 'national', 'NationalView.tsx'));
    expect(reached).toContain(path.join('ui', 'national', 'official-years.worker.ts'));
  });

  it('ships no pinyin dictionary: nothing the app bundles imports pinyin-pro (the build writes the pinyin it needs)', () => {
    const reached = reachedFromEntry(path.join(SRC, 'main.tsx'));
    const importers = [...reached].filter((file) => importsOf(fs.readFileSync(file, 'utf8')).some((s) => /^pinyin-pro(\/|$)/.test(s)));
    expect(importers.map((file) => path.relative(SRC, file))).toEqual([]);
  });

  it('lists each package in the package.json section of where it runs: the app\'s in dependencies, the rest in devDependencies', () => {
    const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    const bundled = new Set<string>();
    for (const file of reachedFromEntry(path.join(SRC, 'main.tsx'))) {
      const source = withoutTypeImports(fs.readFileSync(file, 'utf8'));
      for (const specifier of [...importsOf(source), ...lazyImportsOf(source)]) {
        if (!specifier.startsWith('.') && !specifier.startsWith('node:') && !/\.css$/.test(specifier)) bundled.add(packageOf(specifier));
      }
    }
    const runsInBrowser = [...bundled].sort();
    expect(runsInBrowser.filter((name) => !(name in manifest.dependencies))).toEqual([]);
    expect(Object.keys(manifest.dependencies).filter((name) => !bundled.has(name))).toEqual([]);
  });

  it('reads and writes the browser\'s address in one module only (src/ui/shell/browser-location.ts)', () => {
    const ADDRESS = /\bwindow\.(location|history)\b|\bhistory\.(pushState|replaceState)\(/;
    const touching = sourceFiles(SRC).filter((file) => ADDRESS.test(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(SRC, file));
    expect(touching).toEqual([path.join('ui', 'shell', 'browser-location.ts')]);
  });

  it('keeps React and Leaflet out of the pure core', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !VIEW_FOLDERS.has(folderOf(file)) && folderOf(file) !== 'main.tsx')
      .filter((file) => importsOf(fs.readFileSync(file, 'utf8')).some((s) => VIEW_PACKAGES.test(s)))
      .map((file) => path.relative(SRC, file));
    expect(offenders).toEqual([]);
  });
});
