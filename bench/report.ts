/**
 * The bench's outputs: a markdown table for stdout (and the README), and bench/results/latest.json with the
 * machine, versions and every figure. Targets are judged on ratios and percentiles from this one run.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BundleSizes } from './build';
import type { BrowserResult, ScrubResult } from './browser';
import type { CoreResult } from './core';
import type { NationalResult } from './national/index';
import type { ReviewResult } from './review';
import type { TimedExport } from './export-animation';
import type { ViewsResult } from './views';
import { nationalMarkdown, nationalTargets, slimNational } from './national/report';
import { ms } from './stats';

export interface BenchReport {
  date: string;
  quick: boolean;
  machine: { cpu: string; cores: number; memoryGB: number; platform: string; node: string; chromium: string | null };
  versions: Record<string, string>;
  commit: string | null;
  core: CoreResult[];
  browser: (BrowserResult & { n: number }) | null;
  bundle: BundleSizes;
  /** The national view on the official record (issue 15); null with --quick. */
  national: NationalResult | null;
  /** The draft review with a 5,000-candidate draft (issue 21 item 11); null without the browser. */
  review?: ReviewResult | null;
  /** The outbreak index's first render and an episode view's day step (`--views-only`, issue 26 item 4). */
  outbreaks?: { index: ViewsResult['index']; episode: ViewsResult['episode'] } | null;
  /** The animation export's two WebMs, click to download (`--export-only`, issue 25). */
  export?: { anyangWebm: TimedExport; national30Webm: TimedExport; compareWebm?: TimedExport } | null;
  targets: Array<{ target: string; value: string; met: boolean }>;
  durationSeconds: number;
}

const ROOT = path.resolve(import.meta.dirname, '..');

function installedVersion(name: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'missing';
  }
}

export function environment(chromium: string | null): Pick<BenchReport, 'machine' | 'versions' | 'commit'> {
  const names = ['leaflet', 'leaflet.markercluster', 'leaflet-timedimension', 'iso8601-js-period', 'react', 'react-dom', 'react-leaflet', 'vite', 'playwright-core', 'zod', 'typescript'];
  let commit: string | null = null;
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
    // The previous results file being rewritten does not change what is measured.
    const dirty = execSync("git status --porcelain --untracked-files=no -- . ':!bench/results'", { cwd: ROOT, encoding: 'utf8' }).trim();
    if (dirty) commit += '+uncommitted';
  } catch { /* not a checkout */ }
  return {
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}`, node: process.version, chromium },
    versions: Object.fromEntries(names.map((n) => [n, installedVersion(n)])),
    commit,
  };
}

export function judgeTargets(core: CoreResult[], browser: BenchReport['browser'], bundle: BundleSizes, national: NationalResult | null = null): BenchReport['targets'] {
  const targets: BenchReport['targets'] = [];
  for (const n of [10_000, 100_000]) {
    const row = core.find((r) => r.n === n);
    if (row) targets.push({ target: `core ≥ 10× faster than naive per step at ${n / 1000}k (median, p95)`, value: `${row.ratioMedian.toFixed(1)}×, ${row.ratioP95.toFixed(1)}×`, met: row.ratioMedian >= 10 && row.ratioP95 >= 10 });
  }
  const big = core.find((r) => r.n === 100_000);
  if (big) targets.push({ target: 'core ≤ 8 ms p95 per step at 100k', value: `${ms(big.index.p95)} ms`, met: big.index.p95 <= 8 });
  if (browser) {
    targets.push({ target: `browser ${browser.n / 1000}k features ≤ 16 ms p95 per step`, value: `${ms(browser.app.total.p95)} ms`, met: browser.app.total.p95 <= 16 });
    const td = browser.timeDimension.total;
    targets.push({ target: 'browser faster than Leaflet.TimeDimension (median, p95)', value: `${(td.median / browser.app.total.median).toFixed(1)}×, ${(td.p95 / browser.app.total.p95).toFixed(1)}×`, met: browser.app.total.median < td.median && browser.app.total.p95 < td.p95 });
  }
  targets.push({ target: 'app JS ≤ 250 kB gzip', value: `${(bundle.js.gzip / 1000).toFixed(1)} kB`, met: bundle.js.gzip <= 250_000 });
  if (national) targets.push(...nationalTargets(national));
  return targets;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function markdown(report: BenchReport): string {
  const lines: string[] = [];
  const { machine } = report;
  lines.push(`Run ${report.date}${report.quick ? ' (--quick)' : ''} on ${machine.cpu} × ${machine.cores}, Node ${machine.node}, Chromium ${machine.chromium ?? '–'}, commit ${report.commit ?? '–'}.`, '');
  lines.push('**Core (Node)** — time per one-day step over a full year scrub, same process, interleaved', '');
  lines.push('| features | changed / step (median) | index median | index p95 | naive median | naive p95 | ratio median | ratio p95 | index build | index memory |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of report.core) {
    lines.push(`| ${r.n.toLocaleString('en')} | ${r.changedPerStep.median} | ${ms(r.index.median)} ms | ${ms(r.index.p95)} ms | ${ms(r.naive.median)} ms | ${ms(r.naive.p95)} ms | ${r.ratioMedian.toFixed(1)}× | ${r.ratioP95.toFixed(1)}× | ${ms(r.buildMs)} ms | ${r.indexMemoryMB < 0.1 ? '< 0.1' : r.indexMemoryMB.toFixed(2)} MB |`);
  }
  const b = report.browser;
  if (b) {
    lines.push('', `**Browser** — ${b.n.toLocaleString('en')} synthetic features, ${b.app.steps} one-day steps, map ${b.app.mapSize.width}×${b.app.mapSize.height} px, tiles blocked`, '');
    lines.push('| | per step median | per step p95 | update p95 | render p95 | steps > 16.7 ms | max visible | ready after load |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    const row = (name: string, s: BrowserResult['app'] | BrowserResult['timeDimension']) => lines.push(
      `| ${name} | ${ms(s.total.median)} ms | ${ms(s.total.p95)} ms | ${ms(s.update.p95)} ms | ${ms(s.render.p95)} ms | ${s.droppedFrames} / ${s.steps} | ${s.visibleMax.toLocaleString('en')} | ${(s.readyMs / 1000).toFixed(1)} s |`);
    row('Outbreak Atlas (keyboard, React + markercluster + canvas)', b.app);
    row(`Leaflet.TimeDimension GeoJSON layer (canvas, ${b.timeDimension.tdFeatures.toLocaleString('en')} time features)`, b.timeDimension);
    lines.push(`| ratio TimeDimension / Atlas | ${(b.timeDimension.total.median / b.app.total.median).toFixed(1)}× | ${(b.timeDimension.total.p95 / b.app.total.p95).toFixed(1)}× | | | | | |`);
    lines.push('', `Atlas layer update alone (\`atlas:step\`: cursor + layer diff): median ${ms(b.app.layerUpdate.median)} ms, p95 ${ms(b.app.layerUpdate.p95)} ms. ` +
      `Final date ${b.app.finalDate} (expected ${b.app.expectedFinalDate}); visible counts differing between the two maps: ${b.visibleMismatches} of ${b.app.steps} steps.`);
    const { barePage, appWithoutFeatures } = b.budget;
    lines.push('', '**Frame budget** — the same keyboard scrub on a page holding only a range input and a date, and on the app with its feature panes not displayed (same JS, React, side panel and timeline; an empty map)', '');
    lines.push('| page | per step median | per step p95 | update p95 | render p95 | steps > 16.7 ms |', '|---|---:|---:|---:|---:|---:|');
    const budgetRow = (name: string, s: ScrubResult) => lines.push(
      `| ${name} | ${ms(s.total.median)} ms | ${ms(s.total.p95)} ms | ${ms(s.update.p95)} ms | ${ms(s.render.p95)} ms | ${s.droppedFrames} / ${s.steps} |`);
    budgetRow('bare page: range input + date', barePage);
    budgetRow('Outbreak Atlas, feature panes not displayed', appWithoutFeatures);
    budgetRow('Outbreak Atlas', b.app);
  }
  lines.push('', '**Bundle** — production build of the five-outbreak app (gzip level 9)', '');
  lines.push('| | raw | gzip |', '|---|---:|---:|');
  lines.push(`| JS (${report.bundle.js.files.length} file) | ${kB(report.bundle.js.raw)} | ${kB(report.bundle.js.gzip)} |`);
  lines.push(`| CSS (${report.bundle.css.files.length} file) | ${kB(report.bundle.css.raw)} | ${kB(report.bundle.css.gzip)} |`);
  const { entry, largestLazy } = report.bundle;
  if (entry) lines.push(`| entry chunk (${entry.file}) | ${kB(entry.raw)} | ${kB(entry.gzip)} |`);
  if (largestLazy) lines.push(`| largest lazy chunk (${largestLazy.file}) | ${kB(largestLazy.raw)} | ${kB(largestLazy.gzip)} |`);
  if (b) lines.push(`| first render in Chromium (median of ${b.firstRender.runs.length}; FCP ${ms(b.firstRender.fcpMedian)} ms) | ${ms(b.firstRender.median)} ms | |`);
  if (report.national) lines.push(...nationalMarkdown(report.national));
  lines.push('', '**Targets**', '', '| target | this run | met |', '|---|---:|:---:|');
  for (const t of report.targets) lines.push(`| ${t.target} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}

/** Full runs write latest.json (the figures the README quotes); --quick runs write quick.json (git-ignored). */
export function writeReport(report: BenchReport, name?: string): string {
  const dir = path.join(import.meta.dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name ?? (report.quick ? 'quick.json' : 'latest.json'));
  // Per-step visible counts are long and only needed for the in-run comparison.
  const b = report.browser;
  const slim = b ? {
    ...report,
    national: slimNational(report.national),
    browser: {
      ...b, app: { ...b.app, visiblePerStep: undefined }, timeDimension: { ...b.timeDimension, visiblePerStep: undefined },
      budget: { barePage: { ...b.budget.barePage, visiblePerStep: undefined }, appWithoutFeatures: { ...b.budget.appWithoutFeatures, visiblePerStep: undefined } },
    },
  } : { ...report, national: slimNational(report.national) };
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(slim, null, 2)}\n`);
  fs.renameSync(`${file}.tmp`, file);
  return file;
}
