import { z } from 'zod';
import { checkedCodes, optionalDate, optionalText, requiredDate, requiredText, tickedBox, typedText } from '../../ui/form';
import type { MessageKey } from '../../ui/i18n';
import { skillCodes } from '../workers/vocabulary';
import { confidentialityLevels, orderStatuses, reviewPolicies, taxRates, teamRoles } from './schema';

const tooLong = 'order.error.tooLong';
const invalidDate = 'order.error.date';

/** A whole number as people type it: full-width digits, thousands separators and a yen sign are fine. */
export const wholeNumber = (min: number, max: number, message: MessageKey) =>
  typedText()
    .transform((text) => text.replace(/[,，円¥￥\s]/g, ''))
    .transform((text, context) => {
      if (text === '') return (context.addIssue({ code: 'custom', message: 'error.required' }), z.NEVER);
      const value = /^\d{1,12}$/.test(text) ? Number(text) : NaN;
      return value >= min && value <= max ? value : (context.addIssue({ code: 'custom', message }), z.NEVER);
    });

export const inquiryForm = z.object({
  clientId: z.uuid({ error: 'order.error.client' }),
  title: requiredText(200, tooLong),
  inquiry: optionalText(4000, tooLong),
  receivedOn: requiredDate(invalidDate),
});

export type InquiryInput = z.output<typeof inquiryForm>;

export const quoteItemForm = z.object({
  description: requiredText(200, tooLong),
  quantity: wholeNumber(1, 10_000_000, 'order.quote.error.quantity'),
  unit: requiredText(20, tooLong),
  unitPriceYen: wholeNumber(0, 100_000_000, 'order.quote.error.price'),
  taxRate: z.enum(taxRates.map(String) as ['10', '8'], { error: 'order.quote.error.taxRate' }).transform(Number),
});

export type QuoteItemInput = z.output<typeof quoteItemForm>;

export const quoteDatesForm = z
  .object({ issuedOn: optionalDate(invalidDate), validUntil: optionalDate(invalidDate) })
  .refine((dates) => !dates.issuedOn || !dates.validUntil || dates.validUntil >= dates.issuedOn, { path: ['validUntil'], error: 'order.quote.error.validUntil' });

export type QuoteDatesInput = z.output<typeof quoteDatesForm>;

export const termsForm = z
  .object({
    termsWorkContent: optionalText(2000, tooLong),
    termsDeliverable: optionalText(2000, tooLong),
    deliveryDate: optionalDate(invalidDate),
    termsDeliveryPlace: optionalText(500, tooLong),
    termsDeliveryMethod: optionalText(500, tooLong),
    inspectionDueOn: optionalDate(invalidDate),
    termsRate: optionalText(1000, tooLong),
    termsPaymentDate: optionalText(500, tooLong),
    termsPaymentMethod: optionalText(500, tooLong),
    termsExpenses: optionalText(1000, tooLong),
    termsIntellectualProperty: optionalText(1000, tooLong),
    termsPersonalData: optionalText(1000, tooLong),
    termsDefects: optionalText(1000, tooLong),
    subcontractingDisclosed: tickedBox(),
    termsSubcontracting: optionalText(1000, tooLong),
    confidentiality: z.enum(confidentialityLevels, { error: 'order.terms.error.choose' }),
    requiredSkills: checkedCodes(skillCodes),
    reviewPolicy: z.enum(reviewPolicies, { error: 'order.terms.error.choose' }),
    reviewSamplePercent: typedText().transform((text, context) => {
      if (text === '') return null;
      const value = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
      return value >= 1 && value <= 100 ? value : (context.addIssue({ code: 'custom', message: 'order.terms.error.samplePercent' }), z.NEVER);
    }),
    reservationHours: wholeNumber(1, 336, 'order.terms.error.reservationHours'),
    // People may type "80%" or "８０％"; the sign says nothing more.
    trainingRatePercent: typedText()
      .transform((text) => text.replace(/%/g, ''))
      .pipe(wholeNumber(1, 100, 'order.terms.error.trainingRate')),
  })
  .superRefine((terms, context) => {
    if (terms.reviewPolicy === 'sample' && terms.reviewSamplePercent === null) {
      context.addIssue({ code: 'custom', path: ['reviewSamplePercent'], message: 'order.terms.error.samplePercent' });
    }
    if (terms.deliveryDate && terms.inspectionDueOn && terms.inspectionDueOn < terms.deliveryDate) {
      context.addIssue({ code: 'custom', path: ['inspectionDueOn'], message: 'order.terms.error.inspectionBeforeDelivery' });
    }
    if (terms.subcontractingDisclosed && !terms.termsSubcontracting) {
      context.addIssue({ code: 'custom', path: ['termsSubcontracting'], message: 'order.terms.error.subcontracting' });
    }
  })
  // The sample share means nothing when every task is reviewed (and the database refuses it).
  .transform((terms) => ({ ...terms, reviewSamplePercent: terms.reviewPolicy === 'sample' ? terms.reviewSamplePercent : null }));

export type TermsInput = z.output<typeof termsForm>;

export const statusForm = z.object({
  from: z.enum(orderStatuses, { error: 'error.invalid' }),
  to: z.enum(orderStatuses, { error: 'error.invalid' }),
  note: optionalText(500, tooLong),
});

export const teamMemberForm = z.object({
  userId: z.uuid({ error: 'order.team.error.person' }),
  // Empty: the role follows the person's account (a trainee account joins in the trainee role).
  role: z.enum(['', ...teamRoles], { error: 'order.terms.error.choose' }).transform((role) => role || null),
});

export const teamRoleForm = z.object({ role: z.enum(teamRoles, { error: 'error.invalid' }) });

export const ndaForm = z
  .object({ userId: z.uuid({ error: 'order.nda.error.person' }), signedOn: requiredDate(invalidDate), validUntil: optionalDate(invalidDate) })
  .refine((nda) => !nda.validUntil || nda.validUntil >= nda.signedOn, { path: ['validUntil'], error: 'order.nda.error.validUntil' });

export type NdaInput = z.output<typeof ndaForm>;
