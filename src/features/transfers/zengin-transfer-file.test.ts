import { describe, expect, it } from 'vitest';
import { buildZenginTransferFile, type ZenginTransferInput } from './build-zengin-transfer-file';
import { readZenginTransferRecords } from './read-zengin-transfer-records';
import { toZenginText } from './to-zengin-text';

/**
 * JIS X 0201 as the format defines it, written out here rather than taken from the encoder under
 * test: ASCII is itself, half-width katakana U+FF61–U+FF9F are the single bytes 0xA1–0xDF.
 */
function jisX0201(text: string): number[] {
  return [...text].map((character) => {
    const code = character.codePointAt(0)!;
    if (code >= 0x20 && code <= 0x7e) return code;
    if (code >= 0xff61 && code <= 0xff9f) return code - 0xfec0;
    throw new Error(`not JIS X 0201: ${character}`);
  });
}

const spaces = (count: number) => ' '.repeat(count);

const input: ZenginTransferInput = {
  requester: { code: '0123456789', name: 'ザイ）タテシナチョウシンコウコウシャ', bankCode: '2390', branchCode: '062', accountType: '1', accountNumber: '1234567' },
  transferOn: '2026-12-25',
  transfers: [
    { bankCode: '0143', branchCode: '354', accountType: '1', accountNumber: '765', recipientName: 'たてしな はなこ', amountYen: 45_000, customerCode: 12 },
    { bankCode: '0001', branchCode: '100', accountType: '4', accountNumber: '0012345', recipientName: 'ジョウ　ペーター', amountYen: 1_234_567, customerCode: 13 },
  ],
};

// The records written from the 全銀協 総合振込 layout, field by field (columns are 1-based byte positions).
const header = [
  '1', //                                         1      データ区分: ヘッダー
  '21', //                                        2–3    種別コード: 総合振込
  '0', //                                         4      コード区分: JIS
  '0123456789', //                                5–14   委託者コード N(10)
  'ｻﾞｲ)ﾀﾃｼﾅﾁﾖｳｼﾝｺｳｺｳｼﾔ' + spaces(21), //         15–54  委託者名 C(40): 19 characters, ﾞ one of them
  '1225', //                                      55–58  取組日 MMDD
  '2390', //                                      59–62  仕向銀行番号
  'ﾅｶﾞﾉｹﾝｼﾝｸﾐ' + spaces(5), //                    63–77  仕向銀行名 C(15)
  '062', //                                       78–80  仕向支店番号
  'ﾀﾃｼﾅ' + spaces(11), //                          81–95  仕向支店名 C(15)
  '1', //                                         96     預金種目: 普通
  '1234567', //                                   97–103 口座番号
  spaces(17), //                                  104–120 ダミー
].join('');

const firstPayment = [
  '2', //                                         1      データ区分: データ
  '0143', //                                      2–5    被仕向銀行番号
  'ﾊﾁｼﾞﾕｳﾆﾅｶﾞﾉ' + spaces(4), //                   6–20   被仕向銀行名 C(15)
  '354', //                                       21–23  被仕向支店番号
  'ﾓﾁｽﾞｷ' + spaces(10), //                         24–38  被仕向支店名 C(15)
  '0000', //                                      39–42  手形交換所番号 (unused)
  '1', //                                         43     預金種目: 普通
  '0000765', //                                   44–50  口座番号, right-aligned, zero-filled
  'ﾀﾃｼﾅ ﾊﾅｺ' + spaces(22), //                      51–80  受取人名 C(30), from hiragana
  '0000045000', //                                81–90  振込金額 N(10)
  '0', //                                         91     新規コード
  '0000000012', //                                92–101 顧客コード1
  '0000000000', //                                102–111 顧客コード2
  '7', //                                         112    振込指定区分: 電信
  ' ', //                                         113    識別表示: not EDI
  spaces(7), //                                   114–120 ダミー
].join('');

const secondPayment = [
  '2',
  '0001',
  'ﾐｽﾞﾎ' + spaces(11),
  '100',
  'ﾎﾝﾃﾝ' + spaces(11),
  '0000',
  '4', //                                         43     預金種目: 貯蓄
  '0012345',
  'ｼﾞﾖｳ ﾍﾟ-ﾀ-' + spaces(20), //                   51–80  small ョ written large, ー as -, full-width space as one space
  '0001234567',
  '0',
  '0000000013',
  '0000000000',
  '7',
  ' ',
  spaces(7),
].join('');

const trailer = [
  '8', //                                         1      データ区分: トレーラ
  '000002', //                                    2–7    合計件数 N(6)
  '000001279567', //                              8–19   合計金額 N(12): 45,000 + 1,234,567
  spaces(101), //                                 20–120 ダミー
].join('');

const end = '9' + spaces(119); //                  1 データ区分: エンド, 2–120 ダミー

describe('全銀 総合振込 file', () => {
  it('writes header, data, trailer and end records byte for byte as the format lays them out', () => {
    for (const record of [header, firstPayment, secondPayment, trailer, end]) expect(jisX0201(record)).toHaveLength(120);
    const expected = [header, firstPayment, secondPayment, trailer, end].flatMap((record) => [...jisX0201(record), 0x0d, 0x0a]);

    const built = buildZenginTransferFile(input);
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect([...built.bytes]).toEqual(expected);
    expect(built).toMatchObject({ recordCount: 2, totalYen: 1_279_567 });
    expect(built.bytes.length).toBe(5 * 122);
    // Spot checks of the byte values themselves: ｻ, then the voiced mark ﾞ as its own byte.
    expect([...built.bytes.slice(14, 16)]).toEqual([0xbb, 0xde]);
  });

  it('can leave out the line ends: 120-byte records one after another', () => {
    const built = buildZenginTransferFile({ ...input, lineEnd: 'none' });
    if (!built.ok) throw new Error('not built');
    expect([...built.bytes]).toEqual([header, firstPayment, secondPayment, trailer, end].flatMap(jisX0201));
  });

  it('reads its data records back', () => {
    const built = buildZenginTransferFile(input);
    if (!built.ok) throw new Error('not built');
    expect(readZenginTransferRecords(built.bytes)).toEqual([
      { bankCode: '0143', bankName: 'ﾊﾁｼﾞﾕｳﾆﾅｶﾞﾉ', branchCode: '354', branchName: 'ﾓﾁｽﾞｷ', accountType: '1', accountNumber: '0000765', recipientName: 'ﾀﾃｼﾅ ﾊﾅｺ', amountYen: 45_000, customerCode: 12 },
      { bankCode: '0001', bankName: 'ﾐｽﾞﾎ', branchCode: '100', branchName: 'ﾎﾝﾃﾝ', accountType: '4', accountNumber: '0012345', recipientName: 'ｼﾞﾖｳ ﾍﾟ-ﾀ-', amountYen: 1_234_567, customerCode: 13 },
    ]);
  });

  it('refuses unknown bank and branch codes, names banks cannot carry, and amounts out of range, saying where', () => {
    const [first, second] = input.transfers;
    const built = buildZenginTransferFile({
      ...input,
      requester: { ...input.requester, code: '12345', bankCode: '0002' },
      transfers: [
        { ...first!, bankCode: '9998' },
        { ...second!, branchCode: '999', recipientName: '立科 花子&' },
        { ...first!, amountYen: 0 },
        { ...first!, recipientName: 'ア'.repeat(31), accountNumber: '12345678' },
      ],
    });
    expect(built).toEqual({
      ok: false,
      problems: [
        { at: 'requester', field: 'code', kind: 'digits' },
        { at: 'requester', field: 'bankCode', kind: 'bankUnknown' },
        { at: 0, field: 'bankCode', kind: 'bankUnknown' },
        { at: 1, field: 'branchCode', kind: 'branchUnknown' },
        { at: 1, field: 'recipientName', kind: 'characters', refused: ['立', '科', '花', '子', '&'] },
        { at: 2, field: 'amountYen', kind: 'amount' },
        { at: 3, field: 'accountNumber', kind: 'digits' },
        { at: 3, field: 'recipientName', kind: 'tooLong' },
      ],
    });
    expect(buildZenginTransferFile({ ...input, transfers: [] })).toEqual({ ok: false, problems: [{ at: 'file', field: 'transfers', kind: 'count' }] });
  });
});

describe('全銀 characters', () => {
  it.each([
    ['タテシナ', 'ﾀﾃｼﾅ'],
    ['たてしな', 'ﾀﾃｼﾅ'],
    ['ﾀﾃｼﾅ', 'ﾀﾃｼﾅ'],
    // Voiced and half-voiced kana: the base, then ﾞ or ﾟ as a character of its own.
    ['ガギグゲゴ', 'ｶﾞｷﾞｸﾞｹﾞｺﾞ'],
    ['ザジズゼゾダヂヅデドバビブベボ', 'ｻﾞｼﾞｽﾞｾﾞｿﾞﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞ'],
    ['パピプペポ', 'ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ'],
    ['ヴ', 'ｳﾞ'],
    ['ぱぴぷぺぽ', 'ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ'],
    // Small kana are written large.
    ['ァィゥェォャュョッヮ', 'ｱｲｳｴｵﾔﾕﾖﾂﾜ'],
    ['きゃっと', 'ｷﾔﾂﾄ'],
    ['ヰヱヲ', 'ｲｴｦ'],
    ['ー', '-'],
    ['abc xyz', 'ABC XYZ'],
    ['ＡＢＣ１２３', 'ABC123'],
    ['（カ）　タテシナ', '(ｶ) ﾀﾃｼﾅ'],
    ['ﾀﾃｼﾅ.ﾊﾅｺ/ﾃｽﾄ,ｲﾁ-ﾆ', 'ﾀﾃｼﾅ.ﾊﾅｺ/ﾃｽﾄ,ｲﾁ-ﾆ'],
    ['  ﾀﾃｼﾅ   ﾊﾅｺ  ', 'ﾀﾃｼﾅ ﾊﾅｺ'],
  ])('writes %s as %s', (typed, written) => {
    expect(toZenginText(typed)).toEqual({ ok: true, value: written });
  });

  it.each([
    ['立科', ['立', '科']],
    ['タテシナ・ハナコ', ['・']],
    ['A&B', ['&']],
    ['ハナコ＠', ['@']],
    ['ハナコ!', ['!']],
  ])('refuses %s', (typed, refused) => {
    expect(toZenginText(typed)).toEqual({ ok: false, refused });
  });
});
