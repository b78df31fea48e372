import { computeCorporateCheckDigit } from '../workers/normalize-invoice-registration-number';

export type CorporateNumberResult =
  | { ok: true; value: string }
  | { ok: false; error: 'client.error.corporateNumberFormat' | 'client.error.corporateNumberCheckDigit' };

/** A 法人番号 as people type it — with hyphens or spaces, full-width — folded to 13 digits and its check digit tested. */
export function normalizeCorporateNumber(typed: string): CorporateNumberResult {
  const digits = typed.normalize('NFKC').replace(/[\s\-‐‑–—−ー]/g, '');
  if (!/^\d{13}$/.test(digits)) return { ok: false, error: 'client.error.corporateNumberFormat' };
  if (Number(digits[0]) !== computeCorporateCheckDigit(digits.slice(1))) {
    return { ok: false, error: 'client.error.corporateNumberCheckDigit' };
  }
  return { ok: true, value: digits };
}

/** 〒123-4567 from the seven stored digits. */
export function formatPostalCode(digits: string): string {
  return `〒${digits.slice(0, 3)}-${digits.slice(3)}`;
}
