/**
 * What the built app ships (dist/, after `vite build`): no pinyin dictionary in any chunk. The national view reads
 * its divisions' pinyin from geo/division-pinyin.json, written at build time (build/division-pinyin.ts); pinyin-pro
 * cost 142 kB gzip of that view's chunk.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const ASSETS = path.resolve('dist/assets');
/** Strings of pinyin-pro's dictionaries and segmenter (its first dict1 entry, a DICT2 word, a tokenizer name). */
const PINYIN_PRO_MARKS = ['bǎng páng pāng', 'zhè ge', 'ReverseMaxMatch'];

describe('bundle', () => {
  it('ships no pinyin dictionary in any JS chunk, and the pinyin table beside the data', () => {
    const chunks = fs.readdirSync(ASSETS).filter((file) => file.endsWith('.js'));
    assert.ok(chunks.some((file) => file.startsWith('NationalView-')), 'the national view has its own chunk');
    const carrying = chunks.flatMap((file) => {
      const text = fs.readFileSync(path.join(ASSETS, file), 'utf8');
      return PINYIN_PRO_MARKS.filter((mark) => text.includes(mark)).map((mark) => `${file}: ${mark}`);
    });
    assert.deepEqual(carrying, []);
    const table = JSON.parse(fs.readFileSync(path.resolve('dist/geo/division-pinyin.json'), 'utf8')) as { names: string[] };
    assert.ok(table.names.length > 3000, 'the divisions\' pinyin is in the build');
  });
});
