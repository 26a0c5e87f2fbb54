/**
 * A small GIF block reader for the tests: the logical screen size, each image's size and delay, and the comment
 * extensions' text (GIF89a spec: header, logical screen descriptor, optional global table, then blocks).
 */
export interface GifInfo {
  width: number;
  height: number;
  frames: Array<{ width: number; height: number; delayCs: number; localPalette: boolean; dataStart: number; dataEnd: number }>;
  comments: string[];
  loops: boolean;
}

function skipSubBlocks(bytes: Uint8Array, at: number): number {
  while (bytes[at] !== 0) at += bytes[at] + 1;
  return at + 1;
}

function subBlocks(bytes: Uint8Array, at: number): Uint8Array {
  const parts: number[] = [];
  while (bytes[at] !== 0) {
    parts.push(...bytes.subarray(at + 1, at + 1 + bytes[at]));
    at += bytes[at] + 1;
  }
  return Uint8Array.from(parts);
}

export function readGif(bytes: Uint8Array): GifInfo {
  const header = String.fromCharCode(...bytes.subarray(0, 6));
  if (header !== 'GIF89a' && header !== 'GIF87a') throw new Error(`not a GIF: ${header}`);
  const u16 = (at: number) => bytes[at] | (bytes[at + 1] << 8);
  const info: GifInfo = { width: u16(6), height: u16(8), frames: [], comments: [], loops: false };
  const packed = bytes[10];
  let at = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  let delayCs = 0;
  for (;;) {
    const block = bytes[at];
    if (block === 0x3b) return info;
    if (block === 0x21) {
      const label = bytes[at + 1];
      if (label === 0xf9) delayCs = u16(at + 4);
      if (label === 0xfe) info.comments.push(new TextDecoder().decode(subBlocks(bytes, at + 2)));
      if (label === 0xff && String.fromCharCode(...bytes.subarray(at + 3, at + 14)) === 'NETSCAPE2.0') info.loops = true;
      at = skipSubBlocks(bytes, at + 2);
    } else if (block === 0x2c) {
      const flags = bytes[at + 9];
      const local = (flags & 0x80) !== 0;
      const dataStart = at + 10 + (local ? 3 * 2 ** ((flags & 7) + 1) : 0) + 1; // + LZW minimum code size
      const dataEnd = skipSubBlocks(bytes, dataStart);
      info.frames.push({ width: u16(at + 5), height: u16(at + 7), delayCs, localPalette: local, dataStart, dataEnd });
      at = dataEnd;
    } else {
      throw new Error(`unknown GIF block 0x${block?.toString(16)} at ${at}`);
    }
  }
}
