import { z } from 'zod';
import { optionalDate, optionalText, orEmpty, requiredText, tickedBox, typedText } from '../../ui/form';
import { isKatakana, toKatakana } from '../../ui/japanese-text';
import { checkNewPassword, confirmPasswordField, loginIdField, newPasswordField } from '../accounts/validation';
import { guestPurposes, identityDocuments } from './schema';

const tooLong = 'guests.error.tooLong';

/** Whether none of `fields` has a problem yet (other fields may). */
const fieldsReadable = (issues: readonly { path?: readonly PropertyKey[] | undefined }[], fields: readonly string[]) =>
  issues.every((issue) => !fields.includes(String(issue.path?.[0])));

/** The public registration of a drop-in or workation guest: who they are, how to reach them, and their account. */
export const registrationForm = z
  .object({
    displayName: requiredText(50, tooLong),
    nameKana: typedText()
      .transform(toKatakana)
      .pipe(z.string().min(1, { error: 'error.required' }).max(50, { error: tooLong }).refine(isKatakana, { error: 'guests.error.kana' })),
    loginId: loginIdField,
    newPassword: newPasswordField,
    confirmPassword: confirmPasswordField,
    email: orEmpty(typedText()).pipe(z.union([z.literal(''), z.email({ error: 'guests.error.email' }).max(254, { error: 'guests.error.email' })])),
    phone: typedText().pipe(z.string().min(1, { error: 'error.required' }).regex(/^[0-9+()\- ]{10,20}$/, { error: 'guests.error.phone' })),
    address: requiredText(200, tooLong),
    resident: z.enum(['yes', 'no'], { error: 'guests.error.resident' }),
    purpose: z.enum(guestPurposes, { error: 'guests.error.purpose' }),
    stayFrom: orEmpty(optionalDate('guests.error.date')),
    stayTo: orEmpty(optionalDate('guests.error.date')),
    organisation: orEmpty(optionalText(100, tooLong)),
    consent: tickedBox().refine(Boolean, { error: 'guests.error.consent' }),
  })
  .superRefine(checkNewPassword)
  .superRefine(
    (form, context) => {
      if (form.purpose !== 'workation') return;
      if (!form.stayFrom) context.addIssue({ code: 'custom', path: ['stayFrom'], message: 'guests.error.stayNeeded' });
      if (!form.stayTo) context.addIssue({ code: 'custom', path: ['stayTo'], message: 'guests.error.stayNeeded' });
      if (form.stayFrom && form.stayTo && form.stayTo < form.stayFrom) context.addIssue({ code: 'custom', path: ['stayTo'], message: 'guests.error.stayOrder' });
    },
    { when: (payload) => fieldsReadable(payload.issues, ['purpose', 'stayFrom', 'stayTo']) },
  );
export type RegistrationInput = z.output<typeof registrationForm>;

export const identityCheckForm = z.object({
  document: z.enum(identityDocuments, { error: 'guests.error.document' }),
  note: orEmpty(optionalText(500, tooLong)),
});

export const feePlanChoiceForm = z.object({ feePlanId: z.uuid({ error: 'guests.error.feePlan' }) });
