import { z } from 'zod';
import { optionalDate, optionalText, orEmpty, requiredDate, requiredText, typedText } from '../../ui/form';
import { createAccountForm, loginIdField } from '../accounts/validation';
import { wholeNumber } from '../orders/validation';
import { tenantTeleworkTypes } from './schema';

const tooLong = 'tenants.error.tooLong';

export const companyForm = z.object({
  name: requiredText(200, tooLong),
  nameKana: orEmpty(optionalText(200, tooLong)),
  headOffice: orEmpty(optionalText(200, tooLong)),
  contactName: orEmpty(optionalText(100, tooLong)),
  contactEmail: orEmpty(typedText().pipe(z.union([z.literal(''), z.email({ error: 'tenants.error.email' }).max(254, { error: 'tenants.error.email' })])).transform((value) => value || null)),
  contactPhone: orEmpty(
    typedText()
      .pipe(z.string().regex(/^[0-9+\-() ]{0,20}$/, { error: 'tenants.error.phone' }))
      .transform((value) => value || null),
  ),
  note: orEmpty(optionalText(1000, tooLong)),
});
export type CompanyInput = z.output<typeof companyForm>;

export const contractForm = z
  .object({
    spaceId: z.uuid({ error: 'tenants.error.booth' }),
    startsOn: requiredDate('tenants.error.date'),
    endsOn: orEmpty(optionalDate('tenants.error.date')),
    monthlyFee: wholeNumber(0, 10_000_000, 'tenants.error.fee'),
    meetingMinutesPerMonth: wholeNumber(0, 44_640, 'tenants.error.minutes'),
  })
  .superRefine((form, context) => {
    if (form.endsOn && form.endsOn < form.startsOn) context.addIssue({ code: 'custom', path: ['endsOn'], message: 'tenants.error.endsBeforeStarts' });
  });
export type ContractInput = z.output<typeof contractForm>;

export const endContractForm = z.object({ endsOn: requiredDate('tenants.error.date') });

const teleworkType = z.enum(tenantTeleworkTypes, { error: 'tenants.error.teleworkType' });

/** A new tenant account: the account form's fields (the role is always tenant) and the staff record. */
export const newStaffForm = z.object({
  displayName: createAccountForm.shape.displayName,
  loginId: loginIdField,
  email: orEmpty(createAccountForm.shape.email),
  teleworkType,
  joinedOn: requiredDate('tenants.error.date'),
});
export type NewStaffInput = z.output<typeof newStaffForm>;

export const linkStaffForm = z.object({
  userId: z.uuid({ error: 'tenants.error.account' }),
  teleworkType,
  joinedOn: requiredDate('tenants.error.date'),
});
export type LinkStaffInput = z.output<typeof linkStaffForm>;

export const staffEditForm = z.object({
  teleworkType,
  leftOn: orEmpty(optionalDate('tenants.error.date')),
});
export type StaffEditInput = z.output<typeof staffEditForm>;
