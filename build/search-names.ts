/**
 * The pinyin syllables of every place's name, written beside the data for the browser's search (so a reader may
 * type "yangkongcun" or the initials "ykc"): pinyin-pro reads each name in context at build time, and the browser
 * does not carry its dictionary.
 */
import fs from 'node:fs';
import { pinyin } from 'pinyin-pro';

/** Feature id → toneless syllables of its name, over the given outbreak files. */
export function searchNames(outbreakFiles: readonly string[]): Record<string, string[]> {
  const names: Record<string, string[]> = {};
  for (const file of outbreakFiles) {
    const collection = JSON.parse(fs.readFileSync(file, 'utf8')) as { features: Array<{ properties: { id: string; name: string } }> };
    for (const { properties } of collection.features) {
      names[properties.id] = pinyin(properties.name, { toneType: 'none', type: 'array', nonZh: 'removed', v: false }).map((s) => s.toLowerCase());
    }
  }
  return names;
}
