import { z } from 'zod';
import { checkedCodes, optionalText, requiredText, typedText } from '../../ui/form';
import { wholeNumber } from '../orders/validation';
import { toZenginText } from '../transfers/to-zengin-text';
import { checkBankCodes, digitsOnly, padAccountNumber } from '../workers/normalize-bank-account';
import { normalizeInvoiceRegistrationNumber } from '../workers/normalize-invoice-registration-number';
import { skillCodes } from '../workers/vocabulary';

const tooLong = 'moneySettings.error.tooLong';

/** Optional text as typed, folded by `check` (which reports its own problem), or null when left empty. */
const optionalFolded = (check: (text: string) => { ok: true; value: string } | { ok: false; message: string }) =>
  typedText().transform((text, context) => {
    if (text === '') return null;
    const checked = check(text);
    return checked.ok ? checked.value : (context.addIssue({ code: 'custom', message: checked.message }), z.NEVER);
  });

/** The 全銀 header's fields: all empty (no transfer files yet) or all given. */
const transferFields = ['transferRequesterCode', 'transferRequesterName', 'transferBankCode', 'transferBranchCode', 'transferAccountType', 'transferAccountNumber'] as const;

export const moneySettingsForm = z
  .object({
    issuerName: requiredText(200, tooLong),
    invoiceRegistrationNumber: optionalFolded((text) => {
      const number = normalizeInvoiceRegistrationNumber(text);
      return number.ok ? number : { ok: false, message: number.error };
    }),
    issuerPostalCode: optionalFolded((text) => {
      const digits = text.replace(/^〒/, '').replace(/[\s\-‐－−]/g, '');
      return /^\d{7}$/.test(digits) ? { ok: true, value: digits } : { ok: false, message: 'moneySettings.error.postalCode' };
    }),
    issuerAddress: optionalText(200, tooLong),
    issuerPhone: optionalFolded((text) => (/^[0-9][0-9\-() ]{5,19}$/.test(text) ? { ok: true, value: text } : { ok: false, message: 'moneySettings.error.phone' })),
    invoiceBankText: optionalText(300, tooLong),
    invoiceDueDays: wholeNumber(0, 120, 'moneySettings.error.invoiceDueDays'),
    payDay: wholeNumber(1, 31, 'moneySettings.error.payDay'),
    payWarningDays: wholeNumber(0, 60, 'moneySettings.error.payWarningDays'),
    withholdingCategories: checkedCodes(skillCodes),
    transferRequesterCode: optionalFolded((text) => {
      const digits = digitsOnly(text);
      return /^\d{10}$/.test(digits) ? { ok: true, value: digits } : { ok: false, message: 'moneySettings.error.requesterCode' };
    }),
    transferRequesterName: optionalFolded((text) => {
      const name = toZenginText(text);
      if (!name.ok) return { ok: false, message: 'moneySettings.error.requesterNameCharacters' };
      return name.value.length <= 40 ? name : { ok: false, message: 'moneySettings.error.requesterNameLength' };
    }),
    transferBankCode: typedText().transform(digitsOnly),
    transferBranchCode: typedText().transform(digitsOnly),
    transferAccountType: z.enum(['', '1', '2'], { error: 'moneySettings.error.accountType' }).transform((type) => type || null),
    transferAccountNumber: optionalFolded((text) => {
      const padded = padAccountNumber(digitsOnly(text));
      return padded ? { ok: true, value: padded } : { ok: false, message: 'worker.error.accountNumber' };
    }),
  })
  .superRefine((form, context) => {
    const given = transferFields.filter((field) => form[field]);
    if (given.length === 0) return;
    for (const field of transferFields) {
      if (!form[field]) context.addIssue({ code: 'custom', path: [field], message: 'moneySettings.error.transferIncomplete' });
    }
    if (form.transferBankCode || form.transferBranchCode) {
      const errors = checkBankCodes(form.transferBankCode, form.transferBranchCode);
      if (errors.bankCode && errors.bankCode !== 'error.required') context.addIssue({ code: 'custom', path: ['transferBankCode'], message: errors.bankCode });
      if (errors.branchCode && errors.branchCode !== 'error.required') context.addIssue({ code: 'custom', path: ['transferBranchCode'], message: errors.branchCode });
    }
  }, {
    // Also when other parts of the form are wrong, so every problem shows at once; not on a transfer field that failed on its own.
    when: (payload) => payload.issues.every((issue) => !(transferFields as readonly PropertyKey[]).includes(issue.path?.[0] ?? '')),
  })
  .transform((form) => ({ ...form, transferBankCode: form.transferBankCode || null, transferBranchCode: form.transferBranchCode || null }));

export type MoneySettingsInput = z.output<typeof moneySettingsForm>;
