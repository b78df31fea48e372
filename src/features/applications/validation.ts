import { z } from 'zod';
import { checkedCodes, tickedBox, typedText } from '../../ui/form';
import { isKatakana, toKatakana } from '../../ui/japanese-text';
import { loginIdField } from '../accounts/validation';
import { accommodationCodes, skillCodes, targetGroupCodes, workLocations } from '../workers/vocabulary';

const optionalText = (max: number) =>
  typedText()
    .pipe(z.string().max(max, { error: 'apply.error.tooLong' }))
    .transform((value) => value || null);

const requiredName = typedText().pipe(
  z.string().min(1, { error: 'error.required' }).max(50, { error: 'apply.error.tooLong' }),
);

const kanaName = typedText()
  .transform(toKatakana)
  .pipe(
    z
      .string()
      .min(1, { error: 'error.required' })
      .max(50, { error: 'apply.error.tooLong' })
      .refine(isKatakana, { error: 'apply.error.kana' }),
  );

// Full-width digits are folded by typedText(); an empty field means "not sure yet".
const hours = typedText()
  .refine((value) => value === '' || (/^\d{1,2}$/.test(value) && Number(value) <= 60), { error: 'apply.error.hours' })
  .transform((value) => (value === '' ? null : Number(value)));


export const applicationForm = z
  .object({
    familyName: requiredName,
    givenName: requiredName,
    familyNameKana: kanaName,
    givenNameKana: kanaName,
    phone: typedText()
      .pipe(z.union([z.literal(''), z.string().regex(/^[0-9+()\- ]{10,20}$/, { error: 'apply.error.phone' })]))
      .transform((value) => value || null),
    email: typedText()
      .pipe(z.union([z.literal(''), z.email({ error: 'apply.error.email' }).max(254, { error: 'apply.error.email' })]))
      .transform((value) => value || null),
    postalAddress: optionalText(200),
    preferredLocations: checkedCodes(workLocations),
    hoursPerWeek: hours,
    skills: checkedCodes(skillCodes),
    accommodations: checkedCodes(accommodationCodes),
    accommodationNotes: optionalText(1000),
    targetGroups: checkedCodes(targetGroupCodes),
    disability: tickedBox(),
    sensitiveDetails: optionalText(2000),
    supporterName: optionalText(100),
    supporterContact: optionalText(200),
    consentRegistration: tickedBox(),
    consentSensitive: tickedBox(),
    /** The honeypot: a hidden field that people leave empty. */
    website: z.string().optional(),
  })
  .superRefine((form, context) => {
    if (!form.phone && !form.email && !form.postalAddress) {
      context.addIssue({ code: 'custom', path: ['contact'], message: 'apply.error.contact' });
    }
    if (!form.consentRegistration) {
      context.addIssue({ code: 'custom', path: ['consentRegistration'], message: 'apply.error.consentRequired' });
    }
    if ((form.disability || form.sensitiveDetails) && !form.consentSensitive) {
      context.addIssue({ code: 'custom', path: ['consentSensitive'], message: 'apply.error.sensitiveConsent' });
    }
  });

export type ApplicationInput = z.output<typeof applicationForm>;

export const noteForm = z.object({
  body: typedText().pipe(z.string().min(1, { error: 'error.required' }).max(4000, { error: 'apply.error.tooLong' })),
});

export const acceptForm = z.object({
  role: z.enum(['trainee', 'worker'], { error: 'account.error.role' }),
  loginId: loginIdField,
});

export const declineForm = z.object({
  reason: typedText().pipe(z.string().min(1, { error: 'error.required' }).max(2000, { error: 'apply.error.tooLong' })),
});
