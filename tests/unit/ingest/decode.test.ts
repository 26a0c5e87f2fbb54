import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeReport, InputError, looksBinary, needsRepair } from '../../../src/ingest/decode';

const sample = '4月3日,将常山县球川镇红旗村划定为中风险地区。';

describe('encoding detection', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeReport(Buffer.from(sample, 'utf8'))).toMatchObject({ text: sample, encoding: 'utf-8' });
    expect(decodeReport(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]))).toMatchObject({ text: sample, encoding: 'utf-8' });
  });
  it('falls back to GB18030 for GBK bytes', () => {
    const gbk = iconv.encode(sample, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(decodeReport(gbk)).toMatchObject({ text: sample, encoding: 'gb18030' });
  });
  it('refuses empty and binary input', () => {
    expect(() => decodeReport(new Uint8Array())).toThrow(InputError);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(looksBinary(png)).toBe(true);
    expect(() => decodeReport(png)).toThrow(/binary/);
    expect(looksBinary(Buffer.from(sample))).toBe(false);
  });
  it('asks for the repair on Traditional or pinyin-annotated text only', () => {
    expect(needsRepair(sample).repair).toBe(false);
    expect(needsRepair('將常山縣球川鎮紅旗村劃定為中風險地區,對這個區域實行封控管理。').repair).toBe(true);
    expect(needsRepair('城关(guān)镇(zhèn)疫情防控攻坚(jiān)战').repair).toBe(true);
  });
});
