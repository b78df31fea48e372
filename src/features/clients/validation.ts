import { z } from 'zod';
import { tickedBox, typedText } from '../../ui/form';
import { isKatakana, toKatakana } from '../../ui/japanese-text';
import { parseTypedDate } from '../availability/calendar';
import { applicationForm } from '../applications/validation';
import { normalizeInvoiceRegistrationNumber } from '../workers/normalize-invoice-registration-number';
import { normalizeCorporateNumber } from './normalize-corporate-number';
import { clientStatuses, salesActivityKinds } from './schema';

const { phone, email } = applicationForm.shape;

const optionalText = (max: number) =>
  typedText()
    .pipe(z.string().max(max, { error: 'client.error.tooLong' }))
    .transform((value) => value || null);

const requiredText = (max: number) =>
  typedText().pipe(z.string().min(1, { error: 'error.required' }).max(max, { error: 'client.error.tooLong' }));

const optionalKana = typedText()
  .transform(toKatakana)
  .pipe(z.union([z.literal(''), z.string().max(200, { error: 'client.error.tooLong' }).refine(isKatakana, { error: 'client.error.kana' })]))
  .transform((value) => value || null);

const optionalDate = typedText().transform((text, context) => {
  if (text === '') return null;
  return parseTypedDate(text) ?? (context.addIssue({ code: 'custom', message: 'client.error.date' }), z.NEVER);
});

export const clientForm = z.object({
  name: requiredText(200),
  nameKana: optionalKana,
  status: z.enum(clientStatuses, { error: 'error.invalid' }),
  isMunicipality: tickedBox(),
  postalCode: typedText()
    .transform((value) => value.replace(/^〒/, '').replace(/[\s\-‐‑–—−ー]/g, ''))
    .pipe(z.union([z.literal(''), z.string().regex(/^\d{7}$/, { error: 'client.error.postalCode' })]))
    .transform((value) => value || null),
  address: optionalText(300),
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
  notes: optionalText(2000),
});

export type ClientInput = z.output<typeof clientForm>;

/** Reads the fields of one form on a page with several, whose names carry `prefix`. */
export function withoutPrefix<Schema extends z.ZodType>(prefix: string, schema: Schema) {
  return z.preprocess(
    (input) =>
      Object.fromEntries(Object.entries(input as Record<string, unknown>).map(([name, value]) => [name.startsWith(prefix) ? name.slice(prefix.length) : name, value])),
    schema,
  );
}

export const contactForm = z.object({
  name: requiredText(100),
  nameKana: optionalKana,
  department: optionalText(100),
  title: optionalText(100),
  phone,
  email,
});

export type ContactInput = z.output<typeof contactForm>;

export const activityForm = z.object({
  kind: z.enum(salesActivityKinds, { error: 'client.error.kind' }),
  occurredOn: typedText().transform((text, context) =>
    parseTypedDate(text) ?? (context.addIssue({ code: 'custom', message: text === '' ? 'error.required' : 'client.error.date' }), z.NEVER),
  ),
  summary: requiredText(2000),
  nextStep: optionalText(500),
  nextStepOn: optionalDate,
});

export type ActivityInput = z.output<typeof activityForm>;
