/**
 * The WebM encoder adapter (mediabunny internals stay here): VP9 or VP8 through WebCodecs; the muxer's writes go to
 * a list of chunks (ByteParts: appends, and the header's write-back at the end for the duration and cues), so only
 * encoded bytes are kept, never a frame once it is encoded.
 */
import { CanvasSource, Output, QUALITY_HIGH, StreamTarget, WebMOutputFormat, canEncodeVideo, type StreamTargetChunk } from 'mediabunny';
import { metadataText, rangeText, type ExportMetadata } from '../../export/animation/metadata';
import type { FrameSlot } from '../../export/animation/schedule';
import { ByteParts } from '../../export/animation/byte-parts';

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
  let parts = new ByteParts();
  const sink = new WritableStream<StreamTargetChunk>({
    write(chunk) {
      parts.write(chunk.position, chunk.data);
    },
  });
  // Not append-only: the file gets its duration and cues, so players show its length and seek.
  const output = new Output({ format: new WebMOutputFormat(), target: new StreamTarget(sink) });
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
      return new Blob([...parts.chunks()], { type: 'video/webm' });
    },
    async cancel() {
      await output.cancel();
      parts = new ByteParts();
    },
  };
}
