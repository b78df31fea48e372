import { z } from 'zod';
import { tableFileFormats, type TableFileFormat } from '../../export/table-file';
import { checkedCodes, optionalText, orEmpty, requiredText, typedText } from '../../ui/form';
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

/** What the accountant can download: the month's pay statements, their lines, invoices, payments received; a year's 支払調書 data. */
export const exportDatasets = ['payStatements', 'payLines', 'invoices', 'invoicePayments', 'yearEnd'] as const;
export type ExportDataset = (typeof exportDatasets)[number];

/** A month as people type it: 2026-11, 2026/11, ２０２６年１１月. */
const typedMonth = typedText().transform((text, context) => {
  const match = /^(\d{4})\s*[-/年.]\s*(\d{1,2})\s*月?$/.exec(text);
  const month = match ? Number(match[2]) : 0;
  if (text === '') return null;
  if (!match || month < 1 || month > 12) return (context.addIssue({ code: 'custom', message: 'exports.error.month' }), z.NEVER);
  return `${match[1]}-${String(month).padStart(2, '0')}`;
});

const typedYear = typedText().transform((text, context) => {
  if (text === '') return null;
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  return year >= 2000 && year <= 2100 ? year : (context.addIssue({ code: 'custom', message: 'exports.error.year' }), z.NEVER);
});

export type ExportRequest =
  | { dataset: 'yearEnd'; year: number; format: TableFileFormat }
  | { dataset: Exclude<ExportDataset, 'yearEnd'>; month: string; format: TableFileFormat };

/** The export form (a GET): the year-end data needs a year, everything else a month. */
export const exportForm = z
  .object({
    dataset: z.enum(exportDatasets, { error: 'exports.error.dataset' }),
    month: orEmpty(typedMonth),
    year: orEmpty(typedYear),
    format: z.enum(tableFileFormats, { error: 'exports.error.format' }),
  })
  .transform((form, context): ExportRequest => {
    if (form.dataset === 'yearEnd') {
      if (form.year !== null) return { dataset: form.dataset, year: form.year, format: form.format };
      context.addIssue({ code: 'custom', path: ['year'], message: 'exports.error.yearRequired' });
    } else {
      if (form.month !== null) return { dataset: form.dataset, month: form.month, format: form.format };
      context.addIssue({ code: 'custom', path: ['month'], message: 'exports.error.monthRequired' });
    }
    return z.NEVER;
  });
