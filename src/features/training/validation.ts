import { z } from 'zod';
import { listOf, optionalText, orEmpty, requiredDate, requiredText, typedText } from '../../ui/form';
import { attendanceMarks, courseStages } from './schema';

/** A clock time as typed: 9:30, 09:30 or ０９：３０ (full-width folded), as minutes after midnight. */
const clockField = orEmpty(typedText()).transform((text, context) => {
  const match = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/.exec(text);
  if (match) return Number(match[1]) * 60 + Number(match[2]);
  context.addIssue({ code: 'custom', message: text === '' ? 'error.required' : 'training.error.time' });
  return z.NEVER;
});

export const courseForm = z.object({
  title: orEmpty(requiredText(200, 'training.error.titleTooLong')),
  description: orEmpty(optionalText(2000, 'training.error.descriptionTooLong')),
  stage: z.enum(courseStages, { error: 'training.error.stage' }),
  level: z.enum(['1', '2', '3'], { error: 'training.error.level' }).transform(Number),
  prerequisites: listOf(z.uuid({ error: 'training.error.prerequisite' })),
});
export type CourseForm = z.output<typeof courseForm>;

/** An https link only: a meeting or material link sent to trainees must not be plain http or a script. */
const httpsUrl = (max: number) =>
  typedText().pipe(
    z
      .string()
      .min(1, { error: 'error.required' })
      .max(max, { error: 'training.error.url' })
      .refine((text) => URL.canParse(text) && new URL(text).protocol === 'https:', { error: 'training.error.url' }),
  );

export const sessionForm = z
  .object({
    date: orEmpty(requiredDate('training.error.date')),
    start: clockField,
    end: clockField,
    place: orEmpty(optionalText(200, 'training.error.placeTooLong')),
    onlineUrl: orEmpty(z.union([z.literal('').transform(() => null), httpsUrl(500)])),
    capacity: orEmpty(typedText()).transform((text, context) => {
      if (/^\d{1,4}$/.test(text) && Number(text) >= 1 && Number(text) <= 1000) return Number(text);
      context.addIssue({ code: 'custom', message: text === '' ? 'error.required' : 'training.error.capacity' });
      return z.NEVER;
    }),
  })
  .superRefine((form, context) => {
    if (form.end <= form.start) context.addIssue({ code: 'custom', path: ['end'], message: 'training.error.endBeforeStart' });
    if (!form.place && !form.onlineUrl) context.addIssue({ code: 'custom', path: ['place'], message: 'training.error.where' });
  });
export type SessionForm = z.output<typeof sessionForm>;

export const attendanceForm = z.object({
  enrolmentId: z.uuid({ error: 'error.invalid' }),
  mark: z.enum(attendanceMarks, { error: 'error.invalid' }),
});

export const completionForm = z.object({
  userId: z.uuid({ error: 'training.error.person' }),
  note: orEmpty(optionalText(500, 'training.error.noteTooLong')),
});

export const linkMaterialForm = z.object({
  title: orEmpty(requiredText(200, 'training.error.titleTooLong')),
  url: orEmpty(httpsUrl(1000)),
});

export const fileMaterialForm = z.object({ title: orEmpty(requiredText(200, 'training.error.titleTooLong')) });
