import { z } from 'zod';
import { checkedCodes, optionalText, requiredDate, requiredText, typedText } from '../../ui/form';
import type { MessageKey } from '../../ui/i18n';
import { skillCodes } from '../workers/vocabulary';
import { payKinds, taskStatuses } from './schema';

/** A whole number as people type it ("1,000", "１０００"), between min and max. */
const wholeNumber = (min: number, max: number, message: MessageKey) =>
  typedText().transform((text, context) => {
    const plain = text.replace(/[,、]/g, '');
    const value = /^\d{1,9}$/.test(plain) ? Number(plain) : NaN;
    if (text === '') return (context.addIssue({ code: 'custom', message: 'error.required' }), z.NEVER);
    if (!(value >= min && value <= max)) return (context.addIssue({ code: 'custom', message }), z.NEVER);
    return value;
  });

const estimateMinutes = wholeNumber(1, 1440, 'breakdown.error.minutes');

export const packageForm = z.object({
  title: requiredText(200, 'breakdown.error.tooLong'),
  unitName: requiredText(20, 'breakdown.error.tooLong'),
  instructions: optionalText(5000, 'breakdown.error.tooLong'),
  payKind: z.enum(payKinds, { error: 'breakdown.error.payKind' }),
  payRateYen: wholeNumber(0, 10_000_000, 'breakdown.error.rate'),
  deadline: requiredDate('breakdown.error.date'),
  requiredSkills: checkedCodes(skillCodes),
  // Decides withholding at the pay close; a form from before the field existed means data entry, the column's default.
  workCategory: z.enum(skillCodes, { error: 'breakdown.error.workCategory' }).default('data_entry'),
  // Absent on an order's first package: there is nothing yet to follow, so the form has no such field.
  followsPackageId: z
    .union([z.literal(''), z.uuid({ error: 'error.invalid' })])
    .optional()
    .transform((value) => value || null),
});

export type PackageInput = z.output<typeof packageForm>;

export const splitForm = z.object({
  totalUnits: wholeNumber(1, 1_000_000, 'breakdown.error.totalUnits'),
  unitsPerTask: wholeNumber(1, 1_000_000, 'breakdown.error.unitsPerTask'),
  estimateMinutes,
});

export const followUpSplitForm = z.object({ estimateMinutes });

export const offerForm = z.object({ workerId: z.uuid({ error: 'breakdown.error.chooseWorker' }) });

/** The "who holds what" filters, from the query string; anything unknown falls back to all. */
export const taskListFilter = z.object({
  status: z.enum(taskStatuses).or(z.literal('')).catch(''),
  package: z.uuid().or(z.literal('')).catch(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type TaskListFilter = z.output<typeof taskListFilter>;
