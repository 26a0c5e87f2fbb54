/**
 * Runs an export: for each day of the schedule, the source's scene of that day is drawn into one canvas and the
 * canvas handed to the encoder, which keeps only encoded bytes. Cancel (the signal) stops before the next frame and
 * drops what was encoded; nothing is downloaded.
 */
import { exportFileName, type ExportFormat } from '../../export/animation/file-name';
import { metadataEntries, type ExportMetadata } from '../../export/animation/metadata';
import { withTextChunks } from '../../export/animation/png-text';
import { attributionOf, type AnimationSource, type MapView } from '../../export/animation/scene';
import { frameCount, frameSchedule, type DayRange } from '../../export/animation/schedule';
import { encodedSize, type FrameSize } from '../../export/animation/sizes';
import { drawFrame } from './draw-frame';
import { createGifEncoder, type GifPalette } from './encode-gif';
import { createWebmEncoder, webmCodecFor, type FrameEncoder } from './encode-webm';

export interface ExportRequest {
  source: AnimationSource;
  range: DayRange;
  daysPerSecond: number;
  size: FrameSize;
  format: 'webm' | 'gif';
  /** A map source's framing (the whole view or the map's pan and zoom); null for the whole view or a chart. */
  view: MapView | null;
  gifPalette: GifPalette;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

export interface ExportResult {
  name: string;
  blob: Blob;
}

export function metadataOf(source: AnimationSource, range: DayRange): ExportMetadata {
  return {
    title: source.title, from: source.isoDate(range.from), to: source.isoDate(range.to),
    sources: source.sources, basemap: attributionOf(source), deepLink: source.deepLink,
  };
}

function canvasOf(size: FrameSize): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  return { canvas, ctx };
}

/**
 * Lets the page handle input and paint between frames (the progress bar, a click on Cancel): the GIF encoder works
 * synchronously, so without this the whole export would run in one task. A message, not setTimeout, which browsers
 * slow down to 1 s in a background tab.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export class ExportUnsupported extends Error {
  override name = 'ExportUnsupported';
}

/** The file, or null when cancelled. */
export async function runExport(request: ExportRequest): Promise<ExportResult | null> {
  const { source, range, signal } = request;
  const size = encodedSize(request.size, request.format);
  const meta = metadataOf(source, range);
  const { canvas, ctx } = canvasOf(size);
  let encoder: FrameEncoder;
  if (request.format === 'webm') {
    const codec = await webmCodecFor(size.width, size.height);
    if (!codec) throw new ExportUnsupported('no VP9/VP8 encoder');
    encoder = await createWebmEncoder(canvas, codec, request.daysPerSecond, meta);
  } else {
    encoder = createGifEncoder(ctx, size.width, size.height, request.daysPerSecond, request.gifPalette, meta);
  }
  const total = frameCount(range);
  try {
    for (const slot of frameSchedule(range, request.daysPerSecond)) {
      if (signal.aborted) break;
      drawFrame(ctx, size.width, size.height, source, slot.day, request.view);
      await encoder.add(slot);
      request.onProgress(slot.index + 1, total);
      await yieldToPage();
    }
    if (signal.aborted) {
      await encoder.cancel();
      return null;
    }
    const blob = await encoder.finish();
    return { name: exportFileName(source.id, meta.from, meta.to, request.format), blob };
  } catch (error) {
    await encoder.cancel().catch(() => undefined);
    throw error;
  }
}

/** The PNG of one day (the view's day): the same composition, with the metadata in text chunks. */
export async function exportPng(source: AnimationSource, size: FrameSize, view: MapView | null): Promise<ExportResult> {
  const { canvas, ctx } = canvasOf(size);
  drawFrame(ctx, size.width, size.height, source, source.day, view);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the canvas gave no PNG');
  const meta = metadataOf(source, { from: source.day, to: source.day });
  const bytes = withTextChunks(new Uint8Array(await blob.arrayBuffer()), metadataEntries(meta));
  return { name: exportFileName(source.id, meta.from, meta.to, 'png' satisfies ExportFormat), blob: new Blob([bytes], { type: 'image/png' }) };
}
