/**
 * Times the animation export (issue 25) in the built app: Anyang's whole period (27 days) and the national view's
 * November 2022 (30 days) and the comparison of Xi'an 2021-12 with Anyang (its 39 days since start) as 1280×720 WebM,
 * from clicking Export to the download, with the frame count read back.
 * In `npm run bench` as `--export-only` (bench/run.ts: `export.anyangWebm`, `export.national30Webm`, `export.compareWebm`), or alone:
 * `npx vite build && npx tsx bench/export-animation.ts [--shots dir]` (serves dist/).
 */
import fs from 'node:fs';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import type { Page } from 'playwright-core';
import { dayNumber } from '../src/core/calendar-day';
import { launchBrowser, offlinePage, startPreview } from '../tests/support/browser';
import { startStaticServer } from './static-server';


export interface ExportTimes { anyangWebm: TimedExport; national30Webm: TimedExport; compareWebm: TimedExport }

export interface TimedExport { ms: number; frames: number; bytes: number; name: string; msPerFrame: number }

async function timedExport(page: Page, from: number | null, to: number | null, format: 'webm' | 'gif', shotsAt: string | null): Promise<TimedExport> {
  await page.click('[data-testid=export-animation]');
  await page.waitForSelector('[data-testid=export-animation-dialog][open]');
  // null: the view's whole period, the dialog's default.
  if (from !== null) await page.selectOption('[data-testid=export-from]', String(from));
  if (to !== null) await page.selectOption('[data-testid=export-to]', String(to));
  await page.selectOption('[data-testid=export-format]', format);
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.click('[data-testid=export-start]')]);
  const bytes = fs.readFileSync((await download.path())!);
  const ms = Date.now() - started;
  let frames = 0;
  if (format === 'webm') {
    const track = (await new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS }).getPrimaryVideoTrack())!;
    for await (const packet of new EncodedPacketSink(track).packets()) if (packet) frames += 1;
  }
  if (shotsAt) fs.writeFileSync(`${shotsAt}/${download.suggestedFilename()}`, bytes);
  await page.click('[data-testid=export-close]');
  return { ms, frames, bytes: bytes.length, name: download.suggestedFilename(), msPerFrame: frames ? Math.round(ms / frames) : NaN };
}

/** Both exports on the app served at `base` (a fresh context each); `shotsAt` keeps the files and a PNG there. */
export async function benchExport(base: string, shotsAt: string | null = null): Promise<ExportTimes> {
  const browser = await launchBrowser();
  try {
    const anyang = await offlinePage(browser, base);
    await anyang.page.goto(`${base}?o=anyang&lang=en`);
    await anyang.page.waitForSelector('.atlas');
    const anyangWebm = await timedExport(anyang.page, dayNumber('2022-01-08'), dayNumber('2022-02-03'), 'webm', shotsAt);
    await anyang.context.close();

    const china = await offlinePage(browser, base);
    await china.page.goto(`${base}?o=china&lang=en&b=offline&d=2022-11-30`);
    await china.page.waitForSelector('[data-testid=export-animation]:not([disabled])', { timeout: 300_000 });
    const national30Webm = await timedExport(china.page, dayNumber('2022-11-01'), dayNumber('2022-11-30'), 'webm', shotsAt);
    if (shotsAt) {
      await china.page.click('[data-testid=export-animation]');
      await china.page.waitForSelector('[data-testid=export-animation-dialog][open]');
      const [png] = await Promise.all([china.page.waitForEvent('download'), china.page.click('[data-testid=export-png]')]);
      fs.copyFileSync((await png.path())!, `${shotsAt}/${png.suggestedFilename()}`);
    }
    await china.context.close();

    const compare = await offlinePage(browser, base);
    await compare.page.goto(`${base}?o=compare&ids=610100-20211215,anyang&lang=en`);
    await compare.page.waitForSelector('[data-testid=export-animation]:not([disabled])', { timeout: 120_000 });
    const compareWebm = await timedExport(compare.page, null, null, 'webm', shotsAt);
    await compare.context.close();
    return { anyangWebm, national30Webm, compareWebm };
  } finally {
    await browser.close();
  }
}

/** `--export-only`: the built app in `distDir`, served as the national bench serves it. */
export async function benchExportOf(distDir: string): Promise<ExportTimes> {
  const server = await startStaticServer({ '/app/': distDir });
  try {
    return await benchExport(`${server.base}app/`);
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const shotsAt = process.argv.includes('--shots') ? process.argv[process.argv.indexOf('--shots') + 1] : null;
  const server = await startPreview();
  try {
    const result = await benchExport(server.base, shotsAt);
    for (const [view, r] of Object.entries(result)) console.log(JSON.stringify({ view, ...r }));
  } finally {
    server.stop();
  }
}
