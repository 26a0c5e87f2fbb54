/** The frame sizes an export offers, and the GIF's cap on width (a GIF wider than 800 px is large and slow). */

export interface FrameSize {
  width: number;
  height: number;
}

export const FRAME_SIZES: readonly FrameSize[] = [
  { width: 1280, height: 720 },
  { width: 1080, height: 1080 },
  { width: 720, height: 1280 },
];

export const GIF_MAX_WIDTH = 800;

/** The size a format encodes at: a GIF scaled down to at most 800 px wide, keeping the aspect ratio (even sizes). */
export function encodedSize(size: FrameSize, format: 'webm' | 'gif' | 'png'): FrameSize {
  if (format !== 'gif' || size.width <= GIF_MAX_WIDTH) return size;
  const scale = GIF_MAX_WIDTH / size.width;
  return { width: GIF_MAX_WIDTH, height: Math.round((size.height * scale) / 2) * 2 };
}
