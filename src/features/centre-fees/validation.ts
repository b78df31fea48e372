import { z } from 'zod';
import { orEmpty, requiredText, typedText } from '../../ui/form';
import { wholeNumber } from '../orders/validation';
import { centrePaymentMethods, feePlanKinds } from './schema';

const tooLong = 'fees.error.tooLong';

/** A fee plan as staff type it: a free plan costs nothing, and only an hourly plan has a daily cap. */
export const feePlanForm = z
  .object({
    name: requiredText(100, tooLong),
    kind: z.enum(feePlanKinds, { error: 'fees.error.kind' }),
    price: wholeNumber(0, 10_000_000, 'fees.error.price'),
    dailyCap: orEmpty(typedText()).transform((text) => text.replace(/[,，円¥￥\s]/g, '')).pipe(
      z.union([z.literal('').transform(() => null), z.string().regex(/^\d{1,8}$/, { error: 'fees.error.dailyCap' }).transform(Number)]),
    ),
  })
  .superRefine((form, context) => {
    if (form.kind === 'free' && form.price !== 0) context.addIssue({ code: 'custom', path: ['price'], message: 'fees.error.freePrice' });
    if (form.kind !== 'free' && form.price === 0) context.addIssue({ code: 'custom', path: ['price'], message: 'fees.error.price' });
    if (form.dailyCap !== null && form.kind !== 'hourly') context.addIssue({ code: 'custom', path: ['dailyCap'], message: 'fees.error.capOnlyHourly' });
    if (form.dailyCap !== null && form.kind === 'hourly' && (form.dailyCap < form.price || form.dailyCap > 10_000_000)) {
      context.addIssue({ code: 'custom', path: ['dailyCap'], message: 'fees.error.dailyCap' });
    }
  });
export type FeePlanInput = z.output<typeof feePlanForm>;

export const paymentForm = z.object({
  method: z.enum(centrePaymentMethods, { error: 'fees.error.method' }),
  addressee: requiredText(100, tooLong),
});

