import { z } from 'zod';
import { parseTypedDate } from '../availability/calendar';
import { workerStatuses } from '../workers/schema';
import { skillCodes, workLocations } from '../workers/vocabulary';
import { dayWindows, maxWindowDays, type LocalMoment } from './availability-window';

/** A date and time in Japan as typed or sent by a datetime-local field: 2026-12-01T09:30, 2026/12/1 9:30. */
export function parseLocalMoment(typed: string): LocalMoment | undefined {
  const match = /^(.+?)[T\s]+(\d{1,2}):(\d{2})$/.exec(typed.normalize('NFKC').trim());
  if (!match) return undefined;
  const date = parseTypedDate(match[1]!);
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (!date || hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  return { date, minute: hours * 60 + minutes };
}

const optionalText = z
  .string()
  .optional()
  .transform((value) => value?.normalize('NFKC').trim() ?? '');

const optionalCode = <const Code extends string>(codes: readonly Code[]) =>
  z.union([z.literal('').transform(() => undefined), z.enum(codes as unknown as [Code, ...Code[]])]).optional();

const momentField = optionalText.pipe(
  z.string().transform((value, context) => {
    if (value === '') return undefined;
    const moment = parseLocalMoment(value);
    if (!moment) context.addIssue({ code: 'custom', message: 'directory.error.dateTime' });
    return moment;
  }),
);

/** The directory's filters, read from the query string (the same for the page and the CSV). */
export const directoryQuery = z
  .object({
    q: optionalText.pipe(z.string().max(100, { error: 'directory.error.queryLength' })),
    status: optionalCode(workerStatuses),
    skill: optionalCode(skillCodes),
    location: optionalCode(workLocations),
    availableFrom: momentField,
    availableTo: momentField,
    page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  })
  .superRefine((query, context) => {
    const { availableFrom: from, availableTo: to } = query;
    if (from && !to) context.addIssue({ code: 'custom', path: ['availableTo'], message: 'directory.error.bothTimes' });
    if (to && !from) context.addIssue({ code: 'custom', path: ['availableFrom'], message: 'directory.error.bothTimes' });
    if (!from || !to) return;
    const windows = dayWindows(from, to);
    if (windows.length === 0) context.addIssue({ code: 'custom', path: ['availableTo'], message: 'directory.error.toBeforeFrom' });
    else if (windows.length > maxWindowDays) context.addIssue({ code: 'custom', path: ['availableTo'], message: 'directory.error.rangeTooLong' });
  });

export type DirectoryQuery = z.output<typeof directoryQuery>;
