import { z } from 'zod';
import { orEmpty } from '../../ui/form';

/** How long to show as working: a whole number of hours from 1 to 4. */
export const workingForm = z.object({
  hours: orEmpty(z.enum(['1', '2', '3', '4'], { error: 'presence.error.hours' }).transform(Number)),
});
