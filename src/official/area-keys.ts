/**
 * Area keys of a whole record: assigned by the build with a collision check, and an index from key to the area's
 * build-order id for a decoded record (the year files carry no keys: each is computed from the area's address, so
 * the shipped files do not grow; the index is built the first time a key is looked up).
 */
import { areaKeyOf, areaKeyOfAddress } from './area-key';

export class AreaKeyCollisionError extends Error {}

/**
 * The key of each area from its normalised address (`normalised[id]`); throws when two areas get one key, naming
 * both addresses as published (`addressOf(id)`), since a link would then open either.
 */
export function assignAreaKeys(normalised: readonly string[], addressOf: (id: number) => string): string[] {
  const owner = new Map<string, number>();
  return normalised.map((text, id) => {
    const key = areaKeyOf(text);
    const other = owner.get(key);
    if (other !== undefined) throw new AreaKeyCollisionError(`area key ${key} is shared by "${addressOf(other)}" (id ${other}) and "${addressOf(id)}" (id ${id}): change the key rule in src/official/area-key.ts`);
    owner.set(key, id);
    return key;
  });
}

/**
 * Key → id over the areas of a decoded record: `addressOf` gives one area's address (undefined: none), `all` every
 * [id, address] pair (an area may come twice, e.g. in two year files), read once when a key is first looked up.
 */
export class AreaKeyIndex {
  private ids: Map<string, number> | null = null;

  constructor(private readonly addressOf: (id: number) => string | undefined, private readonly all: () => Iterable<readonly [number, string]>) {}

  keyOf(id: number): string | undefined {
    const address = this.addressOf(id);
    return address === undefined ? undefined : areaKeyOfAddress(address);
  }

  idOf(key: string): number | undefined {
    if (!this.ids) {
      this.ids = new Map();
      for (const [id, address] of this.all()) this.ids.set(areaKeyOfAddress(address), id);
    }
    return this.ids.get(key);
  }
}
