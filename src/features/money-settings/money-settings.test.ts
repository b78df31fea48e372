import { describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { visibleText } from '../../testing/html';
import { useTestApp } from '../../testing/test-app';
import { operators } from '../centre/schema';
import { loadMoneySettings } from './load-money-settings';

const test = useTestApp();

/** Everything the form sends, as a person would type it (full-width digits included). */
const typed = {
  issuerName: '一般社団法人立科町振興公社',
  invoiceRegistrationNumber: 'Ｔ７０００ー０１２０ー５０００２',
  issuerPostalCode: '〒３８４−２３０５',
  issuerAddress: '長野県北佐久郡立科町芦田2532',
  issuerPhone: '0267-55-6201',
  invoiceBankText: '長野県信用組合 立科支店 普通 1234567',
  invoiceDueDays: '３０',
  payDay: '25',
  payWarningDays: '7',
  withholdingCategories: 'writing',
  transferRequesterCode: '１２３４５６７８９０',
  transferRequesterName: 'シャ）たてしなちょうしんこうこうしゃ',
  transferBankCode: '２３９０',
  transferBranchCode: '062',
  transferAccountType: '1',
  transferAccountNumber: '98765',
};

describe('money settings', () => {
  it('saves the issuer, pay rules and transfer account, folding what was typed', async () => {
    const admin = await test.signedIn('admin');
    const empty = await admin.get('/settings/money');
    expect(empty.status).toBe(200);
    // Defaults before anyone saves: pay day 25, writing/design/translation/proofreading withheld.
    expect(await empty.text()).toMatch(/id="field-payDay"[^>]*value="25"/);

    const saved = await admin.post('/settings/money', typed);
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/settings/money?done=saved');
    const settings = await loadMoneySettings(test.db);
    expect(settings).toMatchObject({
      issuerName: '一般社団法人立科町振興公社',
      issuerRegistrationNumber: 'T7000012050002',
      issuerPostalCode: '3842305',
      invoiceDueDays: 30,
      payDay: 25,
      payWarningDays: 7,
      withholdingCategories: ['writing'],
      transferRequesterCode: '1234567890',
      transferRequesterName: 'ｼﾔ)ﾀﾃｼﾅﾁﾖｳｼﾝｺｳｺｳｼﾔ',
      transferBankCode: '2390',
      transferBranchCode: '062',
      transferAccountType: '1',
      transferAccountNumber: '0098765',
    });
    expect(await test.db.select().from(operators)).toHaveLength(1);
    const page = visibleText(await (await admin.get('/settings/money?done=saved')).text());
    expect(page).toContain('お金の設定を保存しました。');
    expect(page).toContain('登録されている振込元: 長野県信組 立科');
    expect((await test.db.select().from(auditLog)).map((entry) => entry.action)).toContain('money.settings.update');

    // Saving again with no transfer account and nothing withheld clears them.
    const cleared = { ...typed, withholdingCategories: '', transferRequesterCode: '', transferRequesterName: '', transferBankCode: '', transferBranchCode: '', transferAccountType: '', transferAccountNumber: '' };
    const { withholdingCategories: _, ...withoutCategories } = cleared;
    expect((await admin.post('/settings/money', withoutCategories)).status).toBe(303);
    expect(await loadMoneySettings(test.db)).toMatchObject({ withholdingCategories: [], transferBankCode: null, transferAccountNumber: null, transferRequesterName: null });
  });

  it('explains each wrong field next to it and keeps what was typed', async () => {
    const admin = await test.signedIn('admin');
    const response = await admin.post('/settings/money', {
      ...typed,
      issuerName: '',
      invoiceRegistrationNumber: 'T7000012050003',
      issuerPostalCode: '384',
      payDay: '32',
      invoiceDueDays: '1.5',
      transferBankCode: '0002',
      transferBranchCode: '999',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('id="field-payDay-error"');
    expect(html).toMatch(/id="field-transferBankCode"[^>]*value="0002"/);
    const text = visibleText(html);
    expect(text).toContain('この登録番号は存在しない番号です。');
    expect(text).toContain('郵便番号は7けたの数字で書いてください。');
    expect(text).toContain('支払日は1〜31の整数で書いてください。');
    expect(text).toContain('支払期限は0〜120（日）の整数で書いてください。');
    // The bank code is checked against the 全銀 list even while other fields are wrong.
    expect(text).toContain('この金融機関コードは見つかりません。');
    expect(await loadMoneySettings(test.db)).toMatchObject({ payDay: 25, transferBankCode: null });

    const kanji = await admin.post('/settings/money', { ...typed, transferRequesterName: '立科町振興公社' });
    expect(kanji.status).toBe(400);
    expect(visibleText(await kanji.text())).toContain('銀行が受け付けない文字があります。');
    const unknownBranch = await admin.post('/settings/money', { ...typed, transferBranchCode: '999' });
    expect(visibleText(await unknownBranch.text())).toContain('この金融機関に、この支店コードは見つかりません。');

    const half = await admin.post('/settings/money', { ...typed, transferAccountNumber: '', transferAccountType: '' });
    expect(half.status).toBe(400);
    const halfHtml = await half.text();
    expect(halfHtml).toContain('id="field-transferAccountNumber-error"');
    expect(visibleText(halfHtml)).toContain('振込元の口座は、すべての欄を書くか、すべて空にしてください。');
  });

  it('is the admin’s alone', async () => {
    for (const role of ['coordinator', 'director', 'worker', 'client'] as const) {
      const browser = await test.signedIn(role);
      expect((await browser.get('/settings/money')).status, role).toBe(403);
      expect((await browser.post('/settings/money', typed)).status, role).toBe(403);
    }
    expect(await loadMoneySettings(test.db)).toMatchObject({ transferBankCode: null });
  });
});
