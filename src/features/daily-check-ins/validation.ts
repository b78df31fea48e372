import { z } from 'zod';
import { optionalText, orEmpty } from '../../ui/form';

/** The condition scale, best first as the form lists it: 5 とても良い … 1 つらい. */
export const conditions = [5, 4, 3, 2, 1] as const;
export type Condition = (typeof conditions)[number];

export const checkInForm = z.object({
  condition: z.enum(['1', '2', '3', '4', '5'], { error: 'checkIns.error.condition' }).transform((value) => Number(value) as Condition),
  note: orEmpty(optionalText(500, 'checkIns.error.noteTooLong')),
});

/** Turning check-ins on or off, and sharing them with one supporter or not: a yes or a no. */
export const yesNoForm = z.object({ choice: z.enum(['yes', 'no']) });
