/**
 * What the built app ships (dist/, after `vite build`): no pinyin dictionary in any chunk (the national view reads
 * its divisions' pinyin from geo/division-pinyin.json, written at build time by build/division-pinyin.ts; pinyin-pro
 * cost 142 kB gzip of that view's chunk), and the entry and the lazy chunks within the size budgets of issue 26.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { bundleSizes } from '../../bench/build';

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

  it("ships zod's functional API (zod/mini) and not the classic one, which costs ~94 kB raw before the first render", () => {
    // Each zod class is built with its name as a string: ZodMiniObject in zod/mini, ZodObject in the classic API.
    const texts = fs.readdirSync(ASSETS).filter((file) => file.endsWith('.js')).map((file) => [file, fs.readFileSync(path.join(ASSETS, file), 'utf8')] as const);
    assert.ok(texts.some(([, text]) => /[`"']ZodMiniObject[`"']/.test(text)), 'the schemas are built with zod/mini');
    assert.deepEqual(texts.filter(([, text]) => /[`"']Zod(Object|String|Number|Array)[`"']/.test(text)).map(([file]) => file), []);
  });

  it('keeps what every view waits for within 200,000 bytes gzip (-9), and every lazy chunk within 100,000', () => {
    // Bytes of one build are the same on every machine (unlike times, which are bench figures): a budget can be held here.
    const { entry, largestLazy } = bundleSizes(path.resolve('dist'));
    assert.ok(entry.gzip <= 200_000, `entry script and what it preloads (${entry.file}): ${entry.gzip} bytes gzip`);
    assert.ok(largestLazy.gzip <= 100_000, `largest lazy chunk ${largestLazy.file}: ${largestLazy.gzip} bytes gzip`);
  });

  it('loads the GCJ-02 converter (gcoord) only with the views that offer AMap, not before the first render', () => {
    const { entry } = bundleSizes(path.resolve('dist'));
    // gcoord's own name for its coordinate systems, kept in its built code.
    const entryText = entry.file.split(' + ').map((file) => fs.readFileSync(path.join(ASSETS, file), 'utf8')).join('\n');
    assert.equal(/GCJ02|gcj02/.test(entryText) && entryText.includes('BD09'), false, 'gcoord is not in the entry');
  });
});
