import { z } from 'zod';
import { optionalText, requiredText, tickedBox, typedText } from '../../ui/form';
import { applicationForm } from '../applications/validation';
import { ownConsentPurposes } from './consent-texts';
import { workerStatuses } from './schema';
import { skillCodes } from './vocabulary';
import { normalizeBankAccount, type BankAccount } from './normalize-bank-account';
import { normalizeInvoiceRegistrationNumber } from './normalize-invoice-registration-number';

// The contact and preference fields read exactly as on the application form.
const { phone, email, postalAddress, preferredLocations, hoursPerWeek, accommodations, accommodationNotes, targetGroups } =
  applicationForm.shape;

const tooLong = 'apply.error.tooLong';

export const teleworkTypes = ['A', 'B', 'C', 'D'] as const;

/**
 * The profile form, for the worker and for staff. Bank fields left empty keep the account on
 * file; the sensitive fields are read only when the form showed them (`sensitiveShown`).
 */
// A browser always sends every text field, if only empty; a field left out counts as empty too.
const textFieldNames = ['phone', 'email', 'postalAddress', 'hoursPerWeek', 'accommodationNotes', 'movedFrom', 'movedInOn', 'healthDetails'];
const withEmptyTexts = (input: unknown) => ({
  ...Object.fromEntries(textFieldNames.map((name) => [name, ''])),
  ...(typeof input === 'object' ? input : {}),
});

const profileFields = z
  .object({
    phone,
    email,
    postalAddress,
    preferredLocations,
    hoursPerWeek,
    accommodations,
    accommodationNotes,
    targetGroups,
    invoiceRegistrationNumber: z.string().default(''),
    bankCode: z.string().default(''),
    branchCode: z.string().default(''),
    accountType: z.string().default(''),
    accountNumber: z.string().default(''),
    holderKana: z.string().default(''),
    teleworkType: z.enum(['', ...teleworkTypes], { error: 'error.invalid' }).default('').transform((value) => value || null),
    movedFrom: optionalText(100, tooLong),
    movedInOn: typedText().pipe(
      z.union([
        z.literal('').transform(() => null),
        z.iso.date({ error: 'worker.error.date' }),
      ]),
    ),
    sensitiveShown: tickedBox(),
    disability: tickedBox(),
    healthDetails: optionalText(2000, tooLong),
  })
  .transform((form, context) => {
    if (!form.phone && !form.email && !form.postalAddress) {
      context.addIssue({ code: 'custom', path: ['contact'], message: 'apply.error.contact' });
    }
    let invoiceRegistrationNumber: string | null = null;
    if (form.invoiceRegistrationNumber.trim() !== '') {
      const invoice = normalizeInvoiceRegistrationNumber(form.invoiceRegistrationNumber);
      if (invoice.ok) invoiceRegistrationNumber = invoice.value;
      else context.addIssue({ code: 'custom', path: ['invoiceRegistrationNumber'], message: invoice.error });
    }
    const bankTyped = { bankCode: form.bankCode, branchCode: form.branchCode, accountType: form.accountType, accountNumber: form.accountNumber, holderKana: form.holderKana };
    let bank: BankAccount | undefined;
    // The account type radio is always sent; the account counts as re-entered once anything else is typed.
    if ([form.bankCode, form.branchCode, form.accountNumber, form.holderKana].some((value) => value.trim() !== '')) {
      const checked = normalizeBankAccount(bankTyped);
      if (checked.ok) bank = checked.value;
      else for (const [field, message] of Object.entries(checked.errors)) context.addIssue({ code: 'custom', path: [field], message });
    }
    const { bankCode: _1, branchCode: _2, accountType: _3, accountNumber: _4, holderKana: _5, sensitiveShown, disability, healthDetails, ...rest } = form;
    return {
      ...rest,
      invoiceRegistrationNumber,
      bank,
      sensitive: sensitiveShown ? { disability, details: healthDetails } : undefined,
    };
  });

export const profileForm = z.preprocess(withEmptyTexts, profileFields);

export type ProfileInput = z.output<typeof profileFields>;

const skillLevel = z.coerce.number({ error: 'worker.error.level' }).int().min(1, { error: 'worker.error.level' }).max(3, { error: 'worker.error.level' });

export const ownSkillForm = z.object({
  skill: z.enum(skillCodes, { error: 'worker.error.skill' }),
  level: skillLevel,
});

export const verifySkillForm = z.object({
  skill: z.enum(skillCodes, { error: 'worker.error.skill' }),
  level: skillLevel,
  note: requiredText(1000, tooLong),
});

export const statusForm = z.object({
  status: z.enum(workerStatuses, { error: 'worker.error.status' }),
  reason: requiredText(1000, tooLong),
});

export const consentForm = z.object({
  choice: z.enum(['give', 'withdraw'], { error: 'error.invalid' }),
  purpose: z.enum(ownConsentPurposes, { error: 'error.invalid' }),
});

export const dataRequestForm = z.object({
  kind: z.enum(['correction', 'deletion'], { error: 'worker.error.requestKind' }),
  body: requiredText(2000, tooLong),
});

export const resolveRequestForm = z.object({
  entryId: z.coerce.number({ error: 'error.invalid' }).int().positive({ error: 'error.invalid' }),
});

