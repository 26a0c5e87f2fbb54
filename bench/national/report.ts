/**
 * The national part of the bench's outputs: its markdown tables, its targets (issue 15), and the slim copy written
 * to bench/results/latest.json (per-step arrays dropped: they only serve the in-run cross-checks).
 */
import { ms } from '../stats';
import type { NationalScrub } from './browser';
import type { NationalResult } from './index';

type Target = { target: string; value: string; met: boolean };

const ratio = (peer: number, app: number) => peer / app;

export function nationalTargets(n: NationalResult): Target[] {
  const targets: Target[] = [];
  const b = n.browser;
  if (!b) return targets;
  const { country, city, timeDimension, perDayRebuild } = b;
  const td = ratio(timeDimension.total.median, country.total.median);
  const perDay = ratio(perDayRebuild.total.median, country.total.median);
  targets.push({ target: 'national, country zoom: ≥ 5× faster per step than Leaflet.TimeDimension (median)', value: `${td.toFixed(1)}×`, met: td >= 5 });
  targets.push({ target: 'national, country zoom: ≥ 5× faster per step than the per-day rebuild (median)', value: `${perDay.toFixed(1)}×`, met: perDay >= 5 });
  targets.push({ target: 'national, country zoom: ≤ 50 ms p95 per step', value: `${ms(country.total.p95)} ms`, met: country.total.p95 <= 50 });
  targets.push({ target: `national, city zoom (${city.place}, z${city.zoom}): ≤ 33 ms p95 per step`, value: `${ms(city.total.p95)} ms`, met: city.total.p95 <= 33 });
  const { load } = n;
  targets.push({ target: 'national: first frame ≤ 1.5 s (median of 3)', value: `${(load.firstFrameMs / 1000).toFixed(2)} s`, met: load.firstFrameMs <= 1500 });
  targets.push({ target: 'national: all single areas in ≤ 3 s (median of 3)', value: `${(load.allAreasMs / 1000).toFixed(2)} s`, met: load.allAreasMs <= 3000 });
  targets.push({ target: 'national: longest main-thread task until then ≤ 200 ms (median of 3)', value: `${ms(load.longTaskMaxMs)} ms`, met: load.longTaskMaxMs <= 200 });
  targets.push({ target: 'national: input delay of a slider step during the load ≤ 100 ms (longest per load, median of 3)', value: `${ms(load.inputDelayMs)} ms`, met: load.inputDelayMs <= 100 });
  targets.push({ target: 'national: ≤ 8 MB gzip downloaded', value: `${(n.data.gzipBytes / 1e6).toFixed(2)} MB`, met: n.data.gzipBytes <= 8e6 });
  if (n.heapMB !== null) targets.push({ target: 'national: JS heap ≤ 400 MB after the scrub', value: `${n.heapMB.toFixed(0)} MB`, met: n.heapMB <= 400 });
  return targets;
}

const MB = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

export function nationalMarkdown(n: NationalResult): string[] {
  const lines: string[] = [];
  const { core } = n;
  lines.push('', `**National: core (Node)** — the shipped official record (${core.areas.toLocaleString('en')} areas, ${core.intervals.toLocaleString('en')} intervals), ${n.window.first} .. ${n.window.last}, ${core.steps} one-day steps, interleaved`, '');
  lines.push('| index | changed / step (median) | index median | index p95 | naive median | naive p95 | ratio median | ratio p95 | build | memory |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of core.rows) {
    lines.push(`| ${r.name} | ${r.changedPerStep.median.toLocaleString('en')} | ${ms(r.index.median)} ms | ${ms(r.index.p95)} ms | ${ms(r.naive.median)} ms | ${ms(r.naive.p95)} ms | ${r.ratioMedian.toFixed(1)}× | ${r.ratioP95.toFixed(1)}× | ${ms(r.buildMs)} ms | ${r.memoryMB.toFixed(1)} MB |`);
  }
  const t = core.load;
  lines.push('', `Loading the record in Node: JSON.parse ${ms(t.parseMs)} ms, decode ${ms(t.decodeMs)} ms, join ${ms(t.joinMs)} ms, admin units ${ms(t.unitsMs)} ms.`);
  const b = n.browser;
  if (!b) return lines;
  const { country, city, timeDimension, perDayRebuild } = b;
  lines.push('', `**National: browser** — keyboard scrub of \`?o=china\`, ${n.window.steps} one-day steps, map ${country.mapSize.width}×${country.mapSize.height} px, tiles blocked; peers stepped programmatically on the same days and view`, '');
  lines.push('| | zoom | per step median | per step p95 | update p95 | render p95 | steps > 16.7 ms | areas drawn (median) | heap after |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;
  const row = (name: string, s: NationalScrub & { heapMB: number }) => lines.push(
    `| ${name} | ${s.zoom ?? '–'} | ${ms(s.total.median)} ms | ${ms(s.total.p95)} ms | ${ms(s.update.p95)} ms | ${ms(s.render.p95)} ms | ${s.droppedFrames} / ${s.steps} | ${median(s.visiblePerStep).toLocaleString('en')} | ${s.heapMB.toFixed(0)} MB |`);
  row('Outbreak Atlas, country zoom (circles per admin unit)', country);
  row(`Outbreak Atlas, city zoom (${city.place}: canvas points)`, city);
  for (const [band, s] of [['province', b.province], ['county', b.county]] as const) {
    if ('error' in s) lines.push(`| Outbreak Atlas, ${band} zoom (${s.place}): **failed** (${s.error.replace(/\|/g, '/').slice(0, 160)}) | | | | | | | | |`);
    else row(`Outbreak Atlas, ${band} zoom (${s.place}, ${s.first} .. ${s.last})`, s);
  }
  row(`Leaflet.TimeDimension GeoJSON layer, country zoom (${timeDimension.tdFeatures.toLocaleString('en')} time features)`, timeDimension);
  row(`per-day rebuild (CovidRiskAreaMap's design: fetch the day's files, new markercluster group; ${MB(perDayRebuild.dayFileBytes)} of day files)`, perDayRebuild);
  lines.push(`| TimeDimension / Atlas at country zoom | | ${ratio(timeDimension.total.median, country.total.median).toFixed(1)}× | ${ratio(timeDimension.total.p95, country.total.p95).toFixed(1)}× | | | | | |`);
  lines.push(`| per-day rebuild / Atlas at country zoom | | ${ratio(perDayRebuild.total.median, country.total.median).toFixed(1)}× | ${ratio(perDayRebuild.total.p95, country.total.p95).toFixed(1)}× | | | | | |`);
  lines.push('', `The app's own step (\`atlas:national-step\`: model and layer diff): country median ${ms(country.modelStep.median)} ms, p95 ${ms(country.modelStep.p95)} ms; city ${ms(city.modelStep.median)} / ${ms(city.modelStep.p95)} ms. ` +
    `Final date ${country.finalDate}. Steps whose drawn areas differ from the record: country ${b.mismatches.country}, TimeDimension ${b.mismatches.timeDimension}, per-day rebuild ${b.mismatches.perDayRebuild} of ${n.window.steps}.`);
  lines.push('', `**National: load** — first national frame (day's circles drawn and totals shown), median of ${n.load.runs.length}: ${ms(n.load.firstFrameMs)} ms (runs ${n.load.runs.map((r) => ms(r)).join(', ')} ms; FCP ${ms(n.load.fcpMs)} ms). ` +
    `All single areas in (frame after their first draw): ${ms(n.load.allAreasMs)} ms (runs ${n.load.perRun.allAreas.map((r) => ms(r)).join(', ')} ms); ` +
    `longest main-thread task until then ${ms(n.load.longTaskMaxMs)} ms (runs ${n.load.perRun.longTaskMax.map((r) => ms(r)).join(', ')} ms); ` +
    `longest input delay of the slider steps sent meanwhile ${ms(n.load.inputDelayMs)} ms (runs ${n.load.perRun.inputDelay.map((r) => ms(r)).join(', ')} ms; ${n.load.perRun.inputSteps.join(', ')} steps). ` +
    `Downloaded for it: ${MB(n.data.gzipBytes)} gzip (${MB(n.data.rawBytes)} raw) in ${n.data.files.length} files; the largest:`, '');
  lines.push('| file | raw | gzip |', '|---|---:|---:|');
  for (const f of [...n.data.files].sort((x, y) => y.gzip - x.gzip).slice(0, 6)) lines.push(`| ${f.path} | ${MB(f.raw)} | ${MB(f.gzip)} |`);
  return lines;
}

/** latest.json's copy: no per-step arrays. */
export function slimNational(n: NationalResult | null): unknown {
  if (!n?.browser) return n;
  const slim = <T extends { visiblePerStep: number[]; datePerStep: string[] }>(s: T) => ({ ...s, visiblePerStep: undefined, datePerStep: undefined });
  const b = n.browser;
  const slimBand = <T extends object>(s: T) => ('error' in s ? s : slim(s as T & { visiblePerStep: number[]; datePerStep: string[] }));
  return { ...n, browser: { ...b, country: slim(b.country), city: slim(b.city), province: slimBand(b.province), county: slimBand(b.county), timeDimension: slim(b.timeDimension), perDayRebuild: slim(b.perDayRebuild) } };
}
