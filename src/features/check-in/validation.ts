import { z } from 'zod';
import { typedText } from '../../ui/form';

export const bookingButtonForm = z.object({ bookingId: z.uuid({ error: 'checkIn.done.notFound' }) });

export const scanForm = z.object({
  code: z.preprocess((value) => value ?? '', typedText().pipe(z.string().min(1, { error: 'error.required' }).max(500, { error: 'checkIn.scan.invalid' }))),
});

export const selfServiceForm = z.object({ action: z.enum(['in', 'out'], { error: 'error.invalid' }) });

export const walkInForm = z.object({
  loginId: z.preprocess((value) => value ?? '', typedText().pipe(z.string().min(1, { error: 'error.required' }).max(100, { error: 'checkIn.walkIn.unknownPerson' }))),
  spaceId: z.uuid({ error: 'checkIn.walkIn.notShared' }),
  until: z.preprocess(
    (value) => value ?? '',
    typedText().pipe(z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { error: 'checkIn.walkIn.untilInvalid' })),
  ),
});
