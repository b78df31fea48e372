import { z } from 'zod';
import { optionalDate, optionalText, requiredDate, requiredText, tickedBox, typedText } from '../../ui/form';
import { isKatakana, toKatakana } from '../../ui/japanese-text';
import { applicationForm } from '../applications/validation';
import { normalizeInvoiceRegistrationNumber } from '../workers/normalize-invoice-registration-number';
import { normalizeCorporateNumber } from './normalize-corporate-number';
import { clientStatuses, salesActivityKinds } from './schema';

const { phone, email } = applicationForm.shape;

const tooLong = 'client.error.tooLong';
const invalidDate = 'client.error.date';

const optionalKana = typedText()
  .transform(toKatakana)
  .pipe(z.union([z.literal(''), z.string().max(200, { error: 'client.error.tooLong' }).refine(isKatakana, { error: 'client.error.kana' })]))
  .transform((value) => value || null);

export const clientForm = z.object({
  name: requiredText(200, tooLong),
  nameKana: optionalKana,
  status: z.enum(clientStatuses, { error: 'error.invalid' }),
  isMunicipality: tickedBox(),
  postalCode: typedText()
    .transform((value) => value.replace(/^〒/, '').replace(/[\s\-‐‑–—−ー]/g, ''))
    .pipe(z.union([z.literal(''), z.string().regex(/^\d{7}$/, { error: 'client.error.postalCode' })]))
    .transform((value) => value || null),
  address: optionalText(300, tooLong),
  phone,
  email,
  corporateNumber: typedText().transform((text, context) => {
    if (text === '') return null;
    const result = normalizeCorporateNumber(text);
    return result.ok ? result.value : (context.addIssue({ code: 'custom', message: result.error }), z.NEVER);
  }),
  invoiceRegistrationNumber: typedText().transform((text, context) => {
    if (text === '') return null;
    const result = normalizeInvoiceRegistrationNumber(text);
    return result.ok ? result.value : (context.addIssue({ code: 'custom', message: result.error }), z.NEVER);
  }),
  notes: optionalText(2000, tooLong),
});

export type ClientInput = z.output<typeof clientForm>;

export const contactForm = z.object({
  name: requiredText(100, tooLong),
  nameKana: optionalKana,
  department: optionalText(100, tooLong),
  title: optionalText(100, tooLong),
  phone,
  email,
});

export type ContactInput = z.output<typeof contactForm>;

export const activityForm = z.object({
  kind: z.enum(salesActivityKinds, { error: 'client.error.kind' }),
  occurredOn: requiredDate(invalidDate),
  summary: requiredText(2000, tooLong),
  nextStep: optionalText(500, tooLong),
  nextStepOn: optionalDate(invalidDate),
});

export type ActivityInput = z.output<typeof activityForm>;
