/**
 * The id of an official area in a link (`sel=official:<key>`). It is derived from the area's normalised address
 * (src/official/normalise.ts), never from the order the record was built in, so a link keeps pointing at the same
 * area when the record is rebuilt with more days or other spellings. Links written before this rule carried the
 * build-order number (`official:123`); those are read through a table shipped with the record (legacy ids).
 *
 * What is hashed: the normalised address alone, no province code. It is already unique per area, because the build
 * merges every spelling with the same normalised address into one area wherever it was listed (areas.ts), and it
 * starts with the province in all but 147 addresses (新疆生产建设兵团…, whose province chain is read from that name).
 * Hash collisions between two normalised addresses are a build error (assignAreaKeys, area-keys.ts).
 */
import { normaliseAddress } from './normalise';

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

/** The key of an area from any of its spellings: all of them normalise to the same text. */
export function areaKeyOfAddress(address: string): string {
  return areaKeyOf(normaliseAddress(address).key);
}

export const AREA_KEY_PATTERN = /^[0-9a-z]{11}$/;
/** A build-order id of a link written before stable keys (read through the legacy table). */
export const LEGACY_AREA_ID_PATTERN = /^\d{1,7}$/;

/** An area selection as a link carries it: a stable key, or a legacy build-order id still to be looked up. */
export type AreaSelection = { kind: 'key'; key: string } | { kind: 'legacy'; id: number };

/** The value of `sel` for an area selection, as a link carries it (read back by `parseAreaSelection`). */
export function areaSelectionValue(selection: AreaSelection): string {
  return `official:${selection.kind === 'key' ? selection.key : selection.id}`;
}

/** Reads the value of `sel` after `official:`; null when it is neither form. */
export function parseAreaSelection(value: string): AreaSelection | null {
  if (AREA_KEY_PATTERN.test(value)) return { kind: 'key', key: value };
  if (LEGACY_AREA_ID_PATTERN.test(value)) return { kind: 'legacy', id: Number(value) };
  return null;
}
