/**
 * Text chunks written into a PNG after its IHDR chunk: `tEXt` for Latin-1 text, `iTXt` (UTF-8) when the text is
 * Chinese or otherwise outside Latin-1. Pure bytes (PNG spec 11.3.4).
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const IHDR_END = 8 + 4 + 4 + 13 + 4;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const isLatin1 = (text: string) => [...text].every((ch) => ch.charCodeAt(0) <= 0xff && ch !== '\0');

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A `tEXt` or `iTXt` chunk of one keyword (1–79 Latin-1 characters) and its text. */
export function textChunk(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`bad PNG keyword: ${keyword}`);
  const key = Uint8Array.from(keyword, (ch) => ch.charCodeAt(0));
  if (isLatin1(text)) {
    return chunk('tEXt', Uint8Array.from([...key, 0, ...Array.from(text, (ch) => ch.charCodeAt(0))]));
  }
  // keyword 0, compression flag 0, method 0, language tag "" 0, translated keyword "" 0, UTF-8 text.
  return chunk('iTXt', Uint8Array.from([...key, 0, 0, 0, 0, 0, ...new TextEncoder().encode(text)]));
}

/** The PNG with the text chunks inserted after IHDR. Throws when the bytes are not a PNG. */
export function withTextChunks(png: Uint8Array, entries: ReadonlyArray<readonly [string, string]>): Uint8Array<ArrayBuffer> {
  if (png.length < IHDR_END || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG');
  const chunks = entries.map(([key, text]) => textChunk(key, text));
  const size = chunks.reduce((n, c) => n + c.length, png.length);
  const out = new Uint8Array(size);
  out.set(png.subarray(0, IHDR_END), 0);
  let at = IHDR_END;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(IHDR_END), at);
  return out;
}

/** The text chunks of a PNG, keyword → text (for tests and for reading an export back). */
export function readTextChunks(png: Uint8Array): Map<string, string> {
  const found = new Map<string, string>();
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const zero = data.indexOf(0);
    const key = String.fromCharCode(...data.subarray(0, zero));
    if (type === 'tEXt') found.set(key, String.fromCharCode(...data.subarray(zero + 1)));
    if (type === 'iTXt') {
      let p = zero + 3;
      p = data.indexOf(0, p) + 1;
      p = data.indexOf(0, p) + 1;
      found.set(key, new TextDecoder().decode(data.subarray(p)));
    }
    at += 12 + length;
  }
  return found;
}
