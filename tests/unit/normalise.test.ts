import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseReport, normaliseWhitespace, repairMojibake, UNREADABLE } from '../../src/report/normalise';

const repair = (s: string) => normaliseReport(s, { repairMojibake: true });

describe('repairMojibake: pinyin annotations', () => {
  it('removes a toned syllable in parentheses right after a Han character', () => {
    expect(repairMojibake('開(kāi)會(huì)')).toBe('开会');
    expect(repairMojibake('鄉(xiāng)鎮(zhèn)')).toBe('乡镇');
  });
  it('accepts tone digits and ü', () => {
    expect(repairMojibake('綠(lü4)色')).toBe('绿色');
  });
  it('keeps parentheses holding Han text, capitals, digits, several words or untoned Latin', () => {
    expect(repairMojibake('海事(港航)中心')).toBe('海事(港航)中心');
    expect(repairMojibake('口罩(KN95)')).toBe('口罩(KN95)');
    expect(repairMojibake('下載(app)')).toBe('下载(app)');
    expect(repairMojibake('(記者 王明)')).toBe('(记者 王明)');
  });
  it('keeps a toned syllable that does not follow a Han character', () => {
    expect(repairMojibake('拼音 (mā) 示例')).toBe('拼音 (mā) 示例');
  });
  it('removes annotations inside a parenthesis that stays', () => {
    expect(repairMojibake('(見習(xí)記者 張三)')).toBe('(见习记者 张三)');
  });
});

describe('repairMojibake: punctuation', () => {
  it('drops the comma prefix and keeps the intended second mark', () => {
    expect(repairMojibake('天晴,,風大,。')).toBe('天晴，风大。');
    expect(repairMojibake('蘋果,、梨')).toBe('苹果、梨');
    expect(repairMojibake('上午開會,;下午休息')).toBe('上午开会；下午休息');
    expect(repairMojibake('加油,!')).toBe('加油！');
    expect(repairMojibake('他說,:好')).toBe('他说：好');
  });
  it('folds after an annotation was removed', () => {
    expect(repairMojibake('關(guān)口,,')).toBe('关口，');
  });
  it('makes half-width marks next to Chinese full-width, consistently', () => {
    expect(repairMojibake('疫情如火,來勢洶洶')).toBe('疫情如火，来势汹汹');
    expect(repairMojibake('“外防輸入”,內防反彈')).toBe('“外防输入”，内防反弹');
    expect(repairMojibake('是嗎?')).toBe('是吗？');
  });
  it('leaves commas between Latin or digits alone', () => {
    expect(repairMojibake('1,500 rooms, 28 sites')).toBe('1,500 rooms, 28 sites');
  });
});

describe('repairMojibake: Traditional to Simplified', () => {
  it('converts characters with mainland usage (着, not 著)', () => {
    expect(repairMojibake('鳳臺縣隔離點')).toBe('凤台县隔离点');
    expect(repairMojibake('沉著應戰，他保持著軍人作風')).toBe('沉着应战，他保持着军人作风');
  });
  it('does not apply Taiwan phrase rewrites', () => {
    expect(repairMojibake('建立微信群，零新增')).toBe('建立微信群，零新增');
  });
});

describe('repairMojibake: unreadable passages stay visible', () => {
  it('replaces a lone replacement character by the marker', () => {
    expect(repairMojibake('很高的�')).toBe(`很高的${UNREADABLE}`);
  });
  it('replaces a whole misaligned run, never a guessed character', () => {
    expect(repairMojibake('非�,!敖苹�,,城')).toBe(`非${UNREADABLE}，城`);
    expect(repairMojibake('要求,�,!拔沂且幻伯a(chǎn)黨員')).toBe(`要求${UNREADABLE}党员`);
    expect(repairMojibake('部署�,?h疫情')).toBe(`部署${UNREADABLE}疫情`);
  });
  it('treats "?" inside Chinese text as a lost byte, with a pinyin remnant', () => {
    expect(repairMojibake('斬?cái)噫湕l力量')).toBe(`斩${UNREADABLE}力量`);
  });
  it('output contains no U+FFFD', () => {
    expect(repairMojibake('甲�乙')).not.toContain('\uFFFD');
  });
});

describe('normaliseWhitespace', () => {
  it('turns CRLF and CR into LF, strips trailing spaces and BOM, folds blank lines, ends with one newline', () => {
    expect(normaliseWhitespace('\uFEFF第一行  \r\n第二行\t\r\n\r\n\r\n\r\n第三行\u3000\r')).toBe('第一行\n第二行\n\n第三行\n');
  });
  it('leaves the text alone when repair is off', () => {
    expect(normaliseReport('天晴,風大(guān)\r\n', { repairMojibake: false })).toBe('天晴,風大(guān)\n');
  });
});

describe('idempotence', () => {
  const samples = [
    '鳳臺縣城關(guān)鎮(zhèn)疫情,,防控,。\r\n見聞 \r\n',
    '隔離,�,!背顷P(guān)鎮(zhèn)人大主席說,。',
    '斬?cái)鄠鞑ユ湕l,,壓實(shí)',
    '是嗎? 口罩(KN95),海事(港航)',
  ];
  it.each(samples)('normalising twice equals once: %s', (s) => {
    const once = repair(s);
    expect(repair(once)).toBe(once);
  });
  it('holds for the whole seed-001 report', () => {
    const original = fs.readFileSync(path.resolve(__dirname, '../../geo/reports/fengtai.original.txt'), 'utf8');
    const once = repair(original);
    expect(repair(once)).toBe(once);
    expect(once).not.toMatch(/[\uFFFD]|\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)|,[,。、;!]/u);
  });
});
