import { z } from 'zod';
import { optionalDate, optionalText, orEmpty, requiredDate, tickedBox, typedText } from '../../ui/form';

/** A start or end minute from the form's select; empty when the kind is booked by the day. */
const minuteField = orEmpty(typedText()).transform((text, context) => {
  if (text === '') return undefined;
  if (/^\d{1,4}$/.test(text) && Number(text) <= 1440) return Number(text);
  context.addIssue({ code: 'custom', message: 'bookings.error.time' });
  return z.NEVER;
});

export const bookingForm = z
  .object({
    date: orEmpty(requiredDate('bookings.error.date')),
    start: minuteField,
    end: minuteField,
    seats: orEmpty(typedText()).transform((text, context) => {
      if (text === '') return 1;
      if (/^\d{1,3}$/.test(text)) return Number(text);
      context.addIssue({ code: 'custom', message: 'bookings.error.seats' });
      return z.NEVER;
    }),
    note: orEmpty(optionalText(200, 'bookings.error.noteTooLong')),
    repeat: tickedBox(),
    until: orEmpty(optionalDate('bookings.error.date')),
    /** For the kids space: each child's age, separated by commas or spaces ("3, 5"). */
    childAges: orEmpty(typedText()).transform((text, context) => {
      if (text === '') return undefined;
      const ages = text.split(/[\s,、]+/).filter(Boolean);
      if (ages.every((age) => /^\d{1,2}$/.test(age) && Number(age) <= 15)) return ages.map(Number);
      context.addIssue({ code: 'custom', message: 'bookings.error.childAges' });
      return z.NEVER;
    }),
    /** Staff booking for someone else; empty for oneself. */
    userId: orEmpty(z.union([z.literal(''), z.uuid({ error: 'bookings.error.person' })])),
  })
  .superRefine((form, context) => {
    if (form.childAges && form.childAges.length !== form.seats) context.addIssue({ code: 'custom', path: ['childAges'], message: 'bookings.error.childAgesCount' });
    if (form.repeat && (!form.until || form.until <= form.date)) context.addIssue({ code: 'custom', path: ['until'], message: 'bookings.error.until' });
  });

export type BookingForm = z.output<typeof bookingForm>;
