import { z } from 'zod';
import { optionalText, orEmpty, requiredDate, requiredText, typedText } from '../../ui/form';
import { attendanceModes, eventKinds } from './schema';

/** A clock time as people type it (13:30, 9:00, １３：３０), as minutes after midnight. */
const clockField = orEmpty(typedText()).transform((text, context) => {
  const match = /^(\d{1,2})[:：](\d{2})$/.exec(text);
  if (match && Number(match[1]) < 24 && Number(match[2]) < 60) return Number(match[1]) * 60 + Number(match[2]);
  context.addIssue({ code: 'custom', message: text === '' ? 'error.required' : 'events.error.time' });
  return z.NEVER;
});

/** A number of places, or empty when that way is not offered. */
const capacityField = orEmpty(typedText()).transform((text, context) => {
  if (text === '') return null;
  if (/^\d{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= 10000) return Number(text);
  context.addIssue({ code: 'custom', message: 'events.error.capacity' });
  return z.NEVER;
});

export const eventForm = z
  .object({
    kind: z.enum(eventKinds, { error: 'events.error.kind' }),
    title: requiredText(200, 'events.error.titleTooLong'),
    description: orEmpty(optionalText(4000, 'events.error.descriptionTooLong')),
    date: orEmpty(requiredDate('events.error.date')),
    start: clockField,
    end: clockField,
    place: orEmpty(optionalText(200, 'events.error.placeTooLong')),
    inPersonCapacity: capacityField,
    onlineUrl: orEmpty(typedText()).transform((text, context) => {
      if (text === '') return null;
      if (text.length <= 500 && /^https:\/\/[^\s/]+\.[^\s]*$/.test(text) && URL.canParse(text)) return text;
      context.addIssue({ code: 'custom', message: 'events.error.onlineUrl' });
      return z.NEVER;
    }),
    onlineCapacity: capacityField,
  })
  .superRefine((form, context) => {
    if (form.end <= form.start) context.addIssue({ code: 'custom', path: ['end'], message: 'events.error.endBeforeStart' });
    // A way is offered only with both halves: a place needs its places, a link its places.
    if (form.place && form.inPersonCapacity === null) context.addIssue({ code: 'custom', path: ['inPersonCapacity'], message: 'events.error.capacityNeeded' });
    if (!form.place && form.inPersonCapacity !== null) context.addIssue({ code: 'custom', path: ['place'], message: 'events.error.placeNeeded' });
    if (form.onlineUrl && form.onlineCapacity === null) context.addIssue({ code: 'custom', path: ['onlineCapacity'], message: 'events.error.capacityNeeded' });
    if (!form.onlineUrl && form.onlineCapacity !== null) context.addIssue({ code: 'custom', path: ['onlineUrl'], message: 'events.error.onlineUrlNeeded' });
    if (!form.place && !form.onlineUrl && form.inPersonCapacity === null && form.onlineCapacity === null) {
      context.addIssue({ code: 'custom', path: ['place'], message: 'events.error.noWay' });
    }
  });

export type EventForm = z.output<typeof eventForm>;

export const answerForm = z.object({ mode: z.enum(attendanceModes, { error: 'events.error.mode' }) });

export const attendanceForm = z.object({
  rsvpId: z.uuid({ error: 'error.invalid' }),
  attended: z.enum(['yes', 'no'], { error: 'error.invalid' }),
});

export const reportForm = z.object({ report: requiredText(4000, 'events.error.reportTooLong') });
