/**
 * The id of an official area in a link (`sel=official:<key>`). It is derived from the area's normalised address
 * (src/official/normalise.ts), never from the order the record was built in, so a link keeps pointing at the same
 * area when the record is rebuilt with more days or other spellings. Links written before this rule carried the
 * build-order number (`official:123`); those are read through a table shipped with the record (legacy ids).
 */

/** cyrb53 (public domain, bryc): a 53-bit string hash, written in base 36 and padded to 11 characters. */
export function areaKeyOf(normalisedAddress: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < normalisedAddress.length; i++) {
    const code = normalisedAddress.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return hash.toString(36).padStart(11, '0');
}

export const AREA_KEY_PATTERN = /^[0-9a-z]{11}$/;
/** A build-order id of a link written before stable keys (read through the legacy table). */
export const LEGACY_AREA_ID_PATTERN = /^\d{1,7}$/;

/** An area selection as a link carries it: a stable key, or a legacy build-order id still to be looked up. */
export type AreaSelection = { kind: 'key'; key: string } | { kind: 'legacy'; id: number };

/** Reads the value of `sel` after `official:`; null when it is neither form. */
export function parseAreaSelection(value: string): AreaSelection | null {
  if (AREA_KEY_PATTERN.test(value)) return { kind: 'key', key: value };
  if (LEGACY_AREA_ID_PATTERN.test(value)) return { kind: 'legacy', id: Number(value) };
  return null;
}
