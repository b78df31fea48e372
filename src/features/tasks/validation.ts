import { z } from 'zod';
import { orEmpty, typedText } from '../../ui/form';
import { parseTypedDate, type BusinessDate } from '../availability/calendar';

const optionalNote = orEmpty(typedText())
  .pipe(z.string().max(2000, { error: 'tasks.error.noteTooLong' }))
  .transform((value) => value || null);

/** A count of units as typed (full-width digits and thousands separators allowed): 0 to 1,000,000. */
const unitCount = (whenEmpty: 'required' | 'zero') =>
  orEmpty(typedText())
    .transform((text) => text.replace(/[,，]/g, ''))
    .transform((text, context) => {
      if (text === '' && whenEmpty === 'zero') return 0;
      if (text === '') return (context.addIssue({ code: 'custom', message: 'error.required' }), z.NEVER);
      const units = /^\d{1,7}$/.test(text) ? Number(text) : NaN;
      if (!(units <= 1_000_000)) return (context.addIssue({ code: 'custom', message: 'tasks.error.units' }), z.NEVER);
      return units;
    });

/** Time as people write it: 90 (minutes), 1:30 or 1時間30分; from 1 minute to 24 hours. */
export function parseTypedMinutes(typed: string): number | undefined {
  const text = typed.normalize('NFKC').replace(/\s/g, '');
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(text);
  const words = /^(?:(\d{1,2})時間)?(?:(\d{1,4})分)?$/.exec(text);
  let minutes: number;
  if (/^\d{1,4}$/.test(text)) minutes = Number(text);
  else if (clock) minutes = Number(clock[1]) * 60 + Number(clock[2]);
  else if (words && text !== '') minutes = Number(words[1] ?? 0) * 60 + Number(words[2] ?? 0);
  else return undefined;
  return minutes >= 1 && minutes <= 1440 ? minutes : undefined;
}

export const handInForm = z.object({ units: unitCount('required'), note: optionalNote });

export const giveBackForm = z.object({ note: optionalNote });

/** A work log entry written or changed by hand; the day may not be after today. */
export function workLogForm(today: BusinessDate) {
  return z.object({
    workedOn: orEmpty(typedText()).transform((text, context) => {
      const date = parseTypedDate(text);
      if (!date) return (context.addIssue({ code: 'custom', message: text === '' ? 'error.required' : 'tasks.error.date' }), z.NEVER);
      if (date > today) return (context.addIssue({ code: 'custom', message: 'tasks.error.future' }), z.NEVER);
      return date;
    }),
    minutes: orEmpty(typedText()).transform(
      (text, context) => parseTypedMinutes(text) ?? (context.addIssue({ code: 'custom', message: text === '' ? 'error.required' : 'tasks.error.minutes' }), z.NEVER),
    ),
    units: unitCount('zero'),
    note: optionalNote,
  });
}

export type WorkLogInput = z.output<ReturnType<typeof workLogForm>>;

