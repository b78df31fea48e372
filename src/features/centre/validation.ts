import { z } from 'zod';
import { isBusinessDate, todayInJapan } from '../availability/calendar';
import { optionalText, orEmpty, requiredDate, requiredText, tickedBox, typedText } from '../../ui/form';
import type { MessageKey } from '../../ui/i18n';
import { wholeNumber } from '../orders/validation';
import { bookingUnits, exclusiveSpaceKinds, spaceKinds } from './schema';

const tooLong = 'centre.error.tooLong';

/** Whether none of `fields` has a problem yet (other fields may). */
const fieldsReadable = (issues: readonly { path?: readonly PropertyKey[] | undefined }[], fields: readonly string[]) =>
  issues.every((issue) => !fields.includes(String(issue.path?.[0])));

/** A clock time as typed ('9:00', '０９：３０', '9時30分') → 'HH:MM'. */
const clockTime = (invalid: MessageKey) =>
  typedText().transform((text, context) => {
    const match = /^(\d{1,2})\s*(?::|時)\s*(\d{2})?\s*分?$/.exec(text);
    const hours = Number(match?.[1]);
    const minutes = Number(match?.[2] ?? '0');
    if (!match || hours > 23 || minutes > 59) return (context.addIssue({ code: 'custom', message: text === '' ? 'error.required' : invalid }), z.NEVER);
    return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  });

/** A month and day as typed ('12-29', '12/29', '１２月２９日') that exists in some year (02-29 does) → 'MM-DD', or null when empty. */
const optionalMonthDay = typedText().transform((text, context) => {
  if (text === '') return null;
  const match = /^(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(text);
  const monthDay = match ? `${match[1]!.padStart(2, '0')}-${match[2]!.padStart(2, '0')}` : '';
  // 2024 is a leap year, so every real month-day is a date in it.
  return match && isBusinessDate(`2024-${monthDay}`) ? monthDay : (context.addIssue({ code: 'custom', message: 'centre.error.monthDay' }), z.NEVER);
});

export const siteForm = z
  .object({
    name: requiredText(100, tooLong),
    address: requiredText(200, tooLong),
    building: orEmpty(optionalText(100, tooLong)),
    opensAt: clockTime('centre.error.clockTime'),
    closesAt: clockTime('centre.error.clockTime'),
    yearlyClosedFrom: orEmpty(optionalMonthDay),
    yearlyClosedTo: orEmpty(optionalMonthDay),
    closedOnHolidays: tickedBox(),
  })
  // Each check runs as soon as its own fields are readable, so every problem shows at once.
  .superRefine(
    (form, context) => {
      if (form.opensAt >= form.closesAt) context.addIssue({ code: 'custom', path: ['closesAt'], message: 'centre.error.closesBeforeOpens' });
    },
    { when: (payload) => fieldsReadable(payload.issues, ['opensAt', 'closesAt']) },
  )
  .superRefine(
    (form, context) => {
      if (form.yearlyClosedFrom && !form.yearlyClosedTo) context.addIssue({ code: 'custom', path: ['yearlyClosedTo'], message: 'centre.error.yearlyBoth' });
      if (!form.yearlyClosedFrom && form.yearlyClosedTo) context.addIssue({ code: 'custom', path: ['yearlyClosedFrom'], message: 'centre.error.yearlyBoth' });
    },
    { when: (payload) => fieldsReadable(payload.issues, ['yearlyClosedFrom', 'yearlyClosedTo']) },
  );
export type SiteInput = z.output<typeof siteForm>;

export const spaceForm = z
  .object({
    kind: z.enum(spaceKinds, { error: 'centre.error.kind' }),
    name: requiredText(100, tooLong),
    // Exclusive spaces hold one person; the field may be left empty for them.
    capacity: orEmpty(typedText()),
  })
  .transform((form, context) => {
    if (exclusiveSpaceKinds.includes(form.kind)) return { ...form, capacity: 1 };
    const capacity = wholeNumber(1, 100, 'centre.error.capacity').safeParse(form.capacity);
    if (capacity.success) return { ...form, capacity: capacity.data };
    context.addIssue({ code: 'custom', path: ['capacity'], message: capacity.error.issues[0]!.message });
    return z.NEVER;
  });
export type SpaceInput = z.output<typeof spaceForm>;

export const bookingRulesForm = z
  .object({
    unit: z.enum(bookingUnits, { error: 'centre.error.unit' }),
    stepMinutes: z.enum(['15', '30', '60'], { error: 'centre.error.step' }).transform(Number),
    minMinutes: wholeNumber(1, 1440, 'centre.error.minutes'),
    maxMinutes: wholeNumber(1, 1440, 'centre.error.minutes'),
    maxDaysAhead: wholeNumber(0, 366, 'centre.error.daysAhead'),
    maxActivePerPerson: wholeNumber(1, 100, 'centre.error.activePerPerson'),
    bufferMinutes: wholeNumber(0, 240, 'centre.error.buffer'),
  })
  .superRefine(
    (form, context) => {
      if (form.minMinutes > form.maxMinutes) context.addIssue({ code: 'custom', path: ['maxMinutes'], message: 'centre.error.maxBelowMin' });
      for (const field of ['minMinutes', 'maxMinutes'] as const) {
        if (form[field] % form.stepMinutes !== 0) context.addIssue({ code: 'custom', path: [field], message: 'centre.error.offStep' });
      }
    },
    { when: (payload) => fieldsReadable(payload.issues, ['stepMinutes', 'minMinutes', 'maxMinutes']) },
  );
export type BookingRulesInput = z.output<typeof bookingRulesForm>;

export const closureForm = z.object({
  date: requiredDate('centre.error.date').refine((date) => date >= todayInJapan(), { error: 'centre.error.pastDate' }),
  reason: requiredText(200, tooLong),
});
export type ClosureInput = z.output<typeof closureForm>;

export const moveForm = z.object({ direction: z.enum(['up', 'down']) });
