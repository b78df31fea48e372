import { z } from 'zod';
import { listOf, typedText } from '../../ui/form';
import { skillCodes, workLocations } from '../workers/vocabulary';
import { addDays, daysBetween, parseTypedDate, todayInJapan, type Weekday } from './calendar';
import { isSlotStart, slotMinutes, type WeeklySlot } from './expand';

const locationField = z.enum(workLocations, { error: 'availability.error.location' });

/** A checkbox of the weekly grid: "weekday-minute", e.g. "0-540" for Monday 9:00. */
const slotCode = z.string().transform((code, context) => {
  const match = /^([0-6])-(\d{1,4})$/.exec(code);
  const startMinute = Number(match?.[2]);
  if (!match || !isSlotStart(startMinute)) {
    context.addIssue({ code: 'custom', message: 'availability.error.slot' });
    return z.NEVER;
  }
  return { weekday: Number(match[1]) as Weekday, startMinute };
});

const hoursField = typedText().transform((text, context) => {
  if (text === '') return null;
  const hours = /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN;
  if (!(hours >= 0 && hours <= 60)) {
    context.addIssue({ code: 'custom', message: 'availability.error.hours' });
    return z.NEVER;
  }
  return hours;
});

const dayLocations = Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((weekday) => [`location${weekday}`, locationField.default('home')])) as Record<
  `location${Weekday}`,
  z.ZodDefault<typeof locationField>
>;

/** The weekly grid: ticked slots, a place per weekday, and (when the worker has a profile) target and holidays. */
export const weeklyPatternForm = z
  .object({
    slot: listOf(slotCode),
    ...dayLocations,
    preferences: z.literal('1').optional(),
    hoursPerWeek: hoursField.optional(),
    worksOnHolidays: z.literal('yes', { error: 'error.invalid' }).optional(),
  })
  .transform((form) => ({
    slots: form.slot.map(({ weekday, startMinute }): WeeklySlot => ({ weekday, startMinute, location: form[`location${weekday}`] })),
    preferences: form.preferences ? { hoursPerWeek: form.hoursPerWeek ?? null, worksOnHolidays: form.worksOnHolidays === 'yes' } : undefined,
  }));

/** How far ahead a date may be set. */
export const overrideHorizonDays = 366;

/** A date as people type it, from today up to a year ahead. */
const upcomingDate = typedText().transform((text, context) => {
  const date = text === '' ? undefined : parseTypedDate(text);
  if (!date) {
    context.addIssue({ code: 'custom', message: text === '' ? 'error.required' : 'availability.error.date' });
    return z.NEVER;
  }
  const ahead = daysBetween(todayInJapan(), date);
  if (ahead < 0 || ahead > overrideHorizonDays) {
    context.addIssue({ code: 'custom', message: 'availability.error.dateRange' });
    return z.NEVER;
  }
  return date;
});

const minuteField = (message: 'availability.error.start' | 'availability.error.end', offset: number) =>
  z
    .string({ error: message })
    .regex(/^\d{1,4}$/, { error: message })
    .transform(Number)
    .refine((minute) => isSlotStart(minute - offset), { error: message });

/** One date's change: a day off, or one span of hours at one place. */
export const dateOverrideForm = z
  .object({
    date: upcomingDate,
    kind: z.enum(['off', 'hours'], { error: 'availability.error.kind' }),
    start: z.string().optional(),
    end: z.string().optional(),
    location: locationField.default('home'),
  })
  .transform((form, context) => {
    if (form.kind === 'off') return { date: form.date, slots: [] };
    const start = minuteField('availability.error.start', 0).safeParse(form.start);
    const end = minuteField('availability.error.end', slotMinutes).safeParse(form.end);
    if (!start.success) context.addIssue({ code: 'custom', path: ['start'], message: 'availability.error.start' });
    if (!end.success || (start.success && end.data <= start.data)) {
      context.addIssue({ code: 'custom', path: ['end'], message: 'availability.error.end' });
    }
    if (!start.success || !end.success || end.data <= start.data) return z.NEVER;
    const slots = [];
    for (let minute = start.data; minute < end.data; minute += slotMinutes) slots.push({ startMinute: minute, location: form.location });
    return { date: form.date, slots };
  });

/** Removing a date's change. */
export const removeOverrideForm = z.object({
  date: typedText().transform((text, context) => parseTypedDate(text) ?? (context.addIssue({ code: 'custom', message: 'availability.error.date' }), z.NEVER)),
});

/** The team-hours filter, from the query string; an empty week means next week. */
export const teamHoursQuery = z.object({
  week: typedText()
    .optional()
    .transform((text, context) => {
      if (!text) return addDays(todayInJapan(), 7);
      return parseTypedDate(text) ?? (context.addIssue({ code: 'custom', message: 'availability.error.date' }), z.NEVER);
    }),
  skill: z.union([z.literal(''), z.enum(skillCodes)], { error: 'error.invalid' }).optional().transform((value) => value || undefined),
  location: z.union([z.literal(''), locationField], { error: 'error.invalid' }).optional().transform((value) => value || undefined),
});

