/** The part of gifenc 1.0.3 (MIT, no types shipped) the GIF export uses. */
declare module 'gifenc' {
  export type Palette = number[][];
  export interface GifStreamEncoder {
    reset(): void;
    finish(): void;
    bytes(): Uint8Array<ArrayBuffer>;
    bytesView(): Uint8Array;
    writeHeader(): void;
    writeFrame(index: Uint8Array, width: number, height: number, opts?: {
      palette?: Palette; delay?: number; repeat?: number; first?: boolean; transparent?: boolean; dispose?: number;
    }): void;
  }
  export function GIFEncoder(opts?: { auto?: boolean; initialCapacity?: number }): GifStreamEncoder;
  export function quantize(rgba: Uint8Array | Uint8ClampedArray, maxColors: number, opts?: { format?: 'rgb565' | 'rgb444' | 'rgba4444' }): Palette;
  export function applyPalette(rgba: Uint8Array | Uint8ClampedArray, palette: Palette, format?: 'rgb565' | 'rgb444' | 'rgba4444'): Uint8Array;
}
