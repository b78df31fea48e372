import { z } from 'zod';
import { listOf, optionalText, orEmpty, requiredDate, requiredText, typedText } from '../../ui/form';
import type { MessageKey } from '../../ui/i18n';
import { skillCodes } from '../workers/vocabulary';
import { assessmentKinds, attendanceMarks, courseStages } from './schema';

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

const wholeNumber = (min: number, max: number, invalid: MessageKey) =>
  orEmpty(typedText()).transform((text, context) => {
    if (/^\d{1,3}$/.test(text) && Number(text) >= min && Number(text) <= max) return Number(text);
    context.addIssue({ code: 'custom', message: text === '' ? 'error.required' : invalid });
    return z.NEVER;
  });

const assessmentFields = {
  title: orEmpty(requiredText(200, 'training.error.titleTooLong')),
  skill: z.enum(skillCodes, { error: 'training.error.skill' }),
  level: z.enum(['1', '2', '3'], { error: 'training.error.level' }).transform(Number),
  passPercent: wholeNumber(1, 100, 'training.error.passPercent'),
};

/** A new assessment; its kind is chosen once, since attempts of one kind cannot become the other. */
export const assessmentForm = z.object({ ...assessmentFields, kind: z.enum(assessmentKinds, { error: 'training.error.kind' }) });
export type AssessmentForm = z.output<typeof assessmentForm>;
export const assessmentEditForm = z.object(assessmentFields);

export const questionChoiceNames = ['choice1', 'choice2', 'choice3', 'choice4', 'choice5', 'choice6'] as const;

/**
 * A quiz question: the prompt, up to six choices (blank ones left out) and which one is right,
 * counted among the filled-in choices.
 */
export const questionForm = z
  .object({
    prompt: orEmpty(requiredText(1000, 'training.error.promptTooLong')),
    ...Object.fromEntries(questionChoiceNames.map((name) => [name, orEmpty(optionalText(300, 'training.error.choiceTooLong'))])),
    // Checked with the answers below, so a missing choice and too few answers are said together.
    correct: orEmpty(z.string()),
  })
  .transform((form, context) => {
    const texts = questionChoiceNames.map((name) => (form as Record<string, unknown>)[name] as string | null);
    const choices = texts.filter((text): text is string => text !== null);
    const correct = /^[1-6]$/.test(form.correct) ? Number(form.correct) : 0;
    if (choices.length < 2) context.addIssue({ code: 'custom', path: ['choice1'], message: 'training.error.twoChoices' });
    if (correct === 0) context.addIssue({ code: 'custom', path: ['correct'], message: 'training.error.correct' });
    else if (texts[correct - 1] === null) context.addIssue({ code: 'custom', path: ['correct'], message: 'training.error.correctBlank' });
    const correctChoice = texts.slice(0, correct - 1).filter((text) => text !== null).length;
    return { prompt: form.prompt, choices, correctChoice };
  });
export type QuestionForm = z.output<typeof questionForm>;

/**
 * The answers to a quiz of `counts.length` questions (field `q1`, `q2`, …, each the 0-based choice),
 * and `attempt`, how many tries the page was made after, so a second send of the same page is
 * known. A missing answer is said next to its question; a choice out of range is an edited form.
 */
export function quizForm(counts: readonly number[]) {
  return z
    .object({
      attempt: z.string().regex(/^\d{1,4}$/, { error: 'error.invalid' }).transform(Number),
      ...Object.fromEntries(
        counts.map((count, index) => [
          `q${index + 1}`,
          orEmpty(z.string()).transform((text, context) => {
            if (/^\d$/.test(text) && Number(text) < count) return Number(text);
            context.addIssue({ code: 'custom', message: text === '' ? 'training.error.unanswered' : 'error.invalid' });
            return z.NEVER;
          }),
        ]),
      ),
    })
    .transform((form) => ({ attempt: form.attempt, answers: counts.map((_, index) => (form as Record<string, unknown>)[`q${index + 1}`] as number) }));
}

/**
 * Staff score a practical assessment for one person; `shownAt`, when the page was made (ms), lets a
 * second send of the same form be told from a new score.
 */
export const practicalScoreForm = z.object({
  shownAt: z
    .string()
    .regex(/^\d{1,15}$/, { error: 'error.invalid' })
    .transform((ms) => new Date(Number(ms))),
  userId: z.uuid({ error: 'training.error.person' }),
  score: wholeNumber(0, 100, 'training.error.score'),
  note: orEmpty(optionalText(500, 'training.error.noteTooLong')),
});
