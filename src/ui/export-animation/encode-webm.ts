/**
 * The WebM encoder adapter (mediabunny internals stay here): VP9 or VP8 through WebCodecs, appended chunk by chunk
 * to a list of blob parts as the muxer writes them (append-only WebM), so no frame is kept once it is encoded.
 */
import { CanvasSource, Output, QUALITY_HIGH, StreamTarget, WebMOutputFormat, canEncodeVideo, type StreamTargetChunk } from 'mediabunny';
import { metadataText, rangeText, type ExportMetadata } from '../../export/animation/metadata';
import type { FrameSlot } from '../../export/animation/schedule';

export type WebmCodec = 'vp9' | 'vp8';

/** The first of VP9, VP8 this browser encodes at the size, or null (no WebCodecs, or neither codec). */
export async function webmCodecFor(width: number, height: number): Promise<WebmCodec | null> {
  if (typeof VideoEncoder === 'undefined') return null;
  for (const codec of ['vp9', 'vp8'] as const) {
    if (await canEncodeVideo(codec, { width, height })) return codec;
  }
  return null;
}

export interface FrameEncoder {
  add(slot: FrameSlot): Promise<void>;
  finish(): Promise<Blob>;
  cancel(): Promise<void>;
}

export async function createWebmEncoder(canvas: HTMLCanvasElement | OffscreenCanvas, codec: WebmCodec, daysPerSecond: number, meta: ExportMetadata): Promise<FrameEncoder> {
  const parts: Blob[] = [];
  let written = 0;
  const sink = new WritableStream<StreamTargetChunk>({
    write(chunk) {
      // Append-only output writes at the end; anything else would need the whole file in memory.
      if (chunk.position !== written) throw new Error(`WebM muxer wrote at ${chunk.position}, expected ${written}`);
      parts.push(new Blob([chunk.data]));
      written += chunk.data.byteLength;
    },
  });
  const output = new Output({ format: new WebMOutputFormat({ appendOnly: true }), target: new StreamTarget(sink) });
  // A key frame every few frames: a paused or scrubbed video shows the right day quickly.
  const source = new CanvasSource(canvas, { codec, bitrate: QUALITY_HIGH, keyFrameInterval: Math.max(1, 5 / daysPerSecond) });
  output.addVideoTrack(source, { frameRate: daysPerSecond });
  output.setMetadataTags({
    title: meta.title, description: rangeText(meta), comment: metadataText(meta),
    raw: { URL: meta.deepLink, SOURCE: meta.sources.join('; '), COPYRIGHT: meta.basemap, DATE_RANGE: rangeText(meta) },
  });
  await output.start();
  return {
    add: (slot) => source.add(slot.timestamp, slot.duration),
    async finish() {
      await output.finalize();
      return new Blob(parts, { type: 'video/webm' });
    },
    async cancel() {
      await output.cancel();
      parts.length = 0;
    },
  };
}
