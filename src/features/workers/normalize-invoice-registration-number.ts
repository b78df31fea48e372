/** The 法人番号 check digit of a 12-digit base number (財務省令第七十号 第二条). */
export function computeCorporateCheckDigit(base: string): number {
  let sum = 0;
  for (let position = 1; position <= 12; position++) {
    const digit = Number(base[12 - position]);
    sum += digit * (position % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

export type InvoiceNumberResult =
  | { ok: true; value: string }
  | { ok: false; error: 'worker.error.invoiceFormat' | 'worker.error.invoiceCheckDigit' };

/**
 * A 適格請求書発行事業者 登録番号 as people type it — "T1234567890123", "t 1234-5678-90123",
 * full-width — folded to "T" and 13 digits. The first digit is the check digit of the other 12
 * (the same rule as 法人番号, which individuals' numbers follow too).
 */
export function normalizeInvoiceRegistrationNumber(typed: string): InvoiceNumberResult {
  const folded = typed.normalize('NFKC').toUpperCase().replace(/[\s\-‐‑–—−ー]/g, '');
  const match = /^T?(\d{13})$/.exec(folded);
  if (!match?.[1]) return { ok: false, error: 'worker.error.invoiceFormat' };
  const digits = match[1];
  if (Number(digits[0]) !== computeCorporateCheckDigit(digits.slice(1))) {
    return { ok: false, error: 'worker.error.invoiceCheckDigit' };
  }
  return { ok: true, value: `T${digits}` };
}
