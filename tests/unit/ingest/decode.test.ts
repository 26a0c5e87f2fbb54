import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeReport, InputError, looksBinary, MAX_REPORT_BYTES, needsRepair } from '../../../src/ingest/decode';

const sample = '4月3日,将常山县球川镇红旗村划定为中风险地区,对这个区域实行封控管理,居民足不出户。';

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
  it('reads UTF-16 with a BOM, and without one when the text reads as Chinese', () => {
    expect(decodeReport(iconv.encode(sample, 'utf-16le', { addBOM: true }))).toMatchObject({ text: sample, encoding: 'utf-16le' });
    expect(decodeReport(iconv.encode(sample, 'utf-16be', { addBOM: true }))).toMatchObject({ text: sample, encoding: 'utf-16be' });
    expect(decodeReport(iconv.encode(sample, 'utf-16le'))).toMatchObject({ text: sample, encoding: 'utf-16le' });
    expect(decodeReport(iconv.encode(sample, 'utf-16be'))).toMatchObject({ text: sample, encoding: 'utf-16be' });
  });
  it.each([
    ['Big5', iconv.encode(sample, 'big5')],
    ['Shift_JIS', iconv.encode('本日、東京都で新型コロナウイルスの感染者が確認されました。政府は緊急事態宣言を発令しました。', 'shift_jis')],
    ['EUC-KR', iconv.encode('오늘 서울에서 코로나바이러스 확진자가 확인되었습니다. 정부는 비상사태를 선포했습니다.', 'euc-kr')],
  ])('refuses text in another encoding (%s), which GB18030 would decode into valid but meaningless characters', (_name, bytes) => {
    expect(() => decodeReport(bytes)).toThrow(InputError);
    expect(() => decodeReport(bytes)).toThrow(/not text in an encoding the tool reads.*convert it to UTF-8/);
  });
  it('refuses empty, binary and oversized input', () => {
    expect(() => decodeReport(new Uint8Array())).toThrow(/empty/);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(looksBinary(png)).toBe(true);
    expect(() => decodeReport(png)).toThrow(/binary/);
    expect(looksBinary(Buffer.from(sample))).toBe(false);
    expect(() => decodeReport(new Uint8Array(MAX_REPORT_BYTES + 1).fill(0x41))).toThrow(/over 5 MB are refused/);
  });
  it('asks for the repair on Traditional or pinyin-annotated text only', () => {
    expect(needsRepair(sample).repair).toBe(false);
    expect(needsRepair('將常山縣球川鎮紅旗村劃定為中風險地區,對這個區域實行封控管理。').repair).toBe(true);
    expect(needsRepair('城关(guān)镇(zhèn)疫情防控攻坚(jiān)战').repair).toBe(true);
  });
});
