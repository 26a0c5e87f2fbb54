/**
 * The GIF encoder adapter (gifenc internals stay here): each frame quantised to 256 colours (its own palette, or the
 * first frame's for all), LZW-encoded and moved out of the encoder as a blob part at once; a comment extension
 * with the metadata before the trailer.
 */
import { GIFEncoder, applyPalette, quantize, type Palette } from 'gifenc';
import { gifCommentExtension } from '../../export/animation/gif-comment';
import { metadataText, type ExportMetadata } from '../../export/animation/metadata';
import { gifDelayCentiseconds } from '../../export/animation/schedule';
import type { FrameEncoder } from './encode-webm';

export type GifPalette = 'per-frame' | 'global';

const TRAILER = 0x3b;

export function createGifEncoder(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, width: number, height: number, daysPerSecond: number, paletteMode: GifPalette, meta: ExportMetadata): FrameEncoder {
  const gif = GIFEncoder({ auto: false });
  const parts: Blob[] = [];
  let globalPalette: Palette | null = null;
  const delay = gifDelayCentiseconds(daysPerSecond) * 10;
  return {
    add(slot) {
      const { data } = ctx.getImageData(0, 0, width, height);
      const first = slot.index === 0;
      const palette = paletteMode === 'global' ? (globalPalette ??= quantize(data, 256)) : quantize(data, 256);
      if (first) gif.writeHeader();
      // The first frame's palette is the global colour table; a later frame given one gets a local table.
      gif.writeFrame(applyPalette(data, palette), width, height, {
        first, delay, repeat: 0, palette: first || paletteMode === 'per-frame' ? palette : undefined,
      });
      parts.push(new Blob([gif.bytes()]));
      gif.reset();
      return Promise.resolve();
    },
    finish() {
      parts.push(new Blob([gifCommentExtension(metadataText(meta)), new Uint8Array([TRAILER])]));
      return Promise.resolve(new Blob(parts, { type: 'image/gif' }));
    },
    cancel() {
      parts.length = 0;
      return Promise.resolve();
    },
  };
}
