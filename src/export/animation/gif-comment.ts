/** A GIF89a comment extension (0x21 0xFE, then sub-blocks of at most 255 bytes, then 0) holding UTF-8 text. */
export function gifCommentExtension(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new TextEncoder().encode(text);
  const blocks = Math.ceil(bytes.length / 255);
  const out = new Uint8Array(2 + bytes.length + blocks + 1);
  out[0] = 0x21;
  out[1] = 0xfe;
  let at = 2;
  for (let i = 0; i < bytes.length; i += 255) {
    const part = bytes.subarray(i, i + 255);
    out[at] = part.length;
    out.set(part, at + 1);
    at += 1 + part.length;
  }
  out[at] = 0;
  return out;
}
