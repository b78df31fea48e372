import { describe, expect, it } from 'vitest';
import { findBankNames, normalizeBankAccount } from './normalize-bank-account';
import { normalizeHolderName } from './normalize-holder-name';
import { computeCorporateCheckDigit, normalizeInvoiceRegistrationNumber } from './normalize-invoice-registration-number';

describe('invoice registration numbers', () => {
  it('computes the 法人番号 check digit of published numbers', () => {
    // 国税庁's own corporate number, and the worked example of the ministerial ordinance's rule.
    expect(computeCorporateCheckDigit('000012050002')).toBe(7);
    expect(computeCorporateCheckDigit('123456789012')).toBe(7);
  });

  it('accepts the number however it is typed', () => {
    for (const typed of ['T7000012050002', 't 7000-0120-50002', 'Ｔ７０００ー０１２０ー５０００２', '7000012050002', ' T7000 0120 50002 ']) {
      expect(normalizeInvoiceRegistrationNumber(typed), typed).toEqual({ ok: true, value: 'T7000012050002' });
    }
  });

  it('says whether the shape or the check digit is wrong', () => {
    expect(normalizeInvoiceRegistrationNumber('T700001205000')).toEqual({ ok: false, error: 'worker.error.invoiceFormat' });
    expect(normalizeInvoiceRegistrationNumber('X7000012050002')).toEqual({ ok: false, error: 'worker.error.invoiceFormat' });
    expect(normalizeInvoiceRegistrationNumber('T6000012050002')).toEqual({ ok: false, error: 'worker.error.invoiceCheckDigit' });
    expect(normalizeInvoiceRegistrationNumber('T7000012050003')).toEqual({ ok: false, error: 'worker.error.invoiceCheckDigit' });
  });
});

describe('account holder names', () => {
  it('converts kana, letters and spaces to the half-width characters 全銀 allows', () => {
    expect(normalizeHolderName('タテシナ　ハナコ')).toEqual({ ok: true, value: 'ﾀﾃｼﾅ ﾊﾅｺ' });
    expect(normalizeHolderName('たてしな はなこ')).toEqual({ ok: true, value: 'ﾀﾃｼﾅ ﾊﾅｺ' });
    expect(normalizeHolderName('ｼﾗｶﾊﾞ ｼﾞﾛｳ')).toEqual({ ok: true, value: 'ｼﾗｶﾊﾞ ｼﾞﾛｳ' });
    // Voiced and half-voiced kana become base + mark; small kana are written large; ー as -.
    expect(normalizeHolderName('ジョウ　ペーター')).toEqual({ ok: true, value: 'ｼﾞﾖｳ ﾍﾟ-ﾀ-' });
    expect(normalizeHolderName('ヴぃっきー')).toEqual({ ok: true, value: 'ｳﾞｲﾂｷ-' });
    expect(normalizeHolderName('smith john')).toEqual({ ok: true, value: 'SMITH JOHN' });
    expect(normalizeHolderName('カ）タテシナ')).toEqual({ ok: true, value: 'ｶ)ﾀﾃｼﾅ' });
  });

  it('refuses what cannot be written in bank kana', () => {
    expect(normalizeHolderName('立科 花子')).toEqual({ ok: false, error: 'worker.error.holderCharacters' });
    expect(normalizeHolderName('タテシナ・ハナコ')).toEqual({ ok: false, error: 'worker.error.holderCharacters' });
    expect(normalizeHolderName('　')).toEqual({ ok: false, error: 'error.required' });
    expect(normalizeHolderName('ア'.repeat(31))).toEqual({ ok: false, error: 'worker.error.holderLength' });
  });
});

describe('bank accounts', () => {
  const typed = { bankCode: '0001', branchCode: '100', accountType: 'ordinary', accountNumber: '1234567', holderKana: 'たてしな はなこ' };

  it('checks bank and branch codes against the 全銀 list and pads short account numbers', () => {
    expect(normalizeBankAccount({ ...typed, accountNumber: '１２３４５' })).toEqual({
      ok: true,
      value: { bankCode: '0001', branchCode: '100', type: 'ordinary', number: '0012345', holderKana: 'ﾀﾃｼﾅ ﾊﾅｺ' },
    });
    expect(findBankNames('0001', '100')).toEqual({ bank: 'みずほ', branch: '本店' });
  });

  it('names each field that is wrong', () => {
    expect(normalizeBankAccount({ ...typed, bankCode: '12' })).toEqual({ ok: false, errors: { bankCode: 'worker.error.bankCode' } });
    expect(normalizeBankAccount({ ...typed, bankCode: '0002' })).toEqual({ ok: false, errors: { bankCode: 'worker.error.bankUnknown' } });
    expect(normalizeBankAccount({ ...typed, branchCode: '999' })).toEqual({ ok: false, errors: { branchCode: 'worker.error.branchUnknown' } });
    expect(normalizeBankAccount({ ...typed, branchCode: '1' })).toEqual({ ok: false, errors: { branchCode: 'worker.error.branchCode' } });
    expect(normalizeBankAccount({ ...typed, accountType: 'checking' })).toEqual({ ok: false, errors: { accountType: 'worker.error.accountType' } });
    expect(normalizeBankAccount({ ...typed, accountNumber: '12345678' })).toEqual({ ok: false, errors: { accountNumber: 'worker.error.accountNumber' } });
    expect(normalizeBankAccount({ bankCode: '', branchCode: '', accountType: '', accountNumber: '', holderKana: '' })).toEqual({
      ok: false,
      errors: { bankCode: 'error.required', branchCode: 'error.required', accountType: 'worker.error.accountType', accountNumber: 'error.required', holderKana: 'error.required' },
    });
  });
});
