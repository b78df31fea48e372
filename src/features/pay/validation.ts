import { z } from 'zod';
import { requiredText, tickedBox, typedText } from '../../ui/form';

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = z.string().regex(monthPattern, { error: 'pay.error.month' });

/** Yen as staff type a correction: "-3,000", "−3000円", "+1,500", full-width; never zero. */
const signedYen = typedText()
  .transform((text) => text.replace(/[,，円¥￥\s]/g, '').replace(/^[−‐ー–]/, '-'))
  .transform((text, context) => {
    if (text === '') return (context.addIssue({ code: 'custom', message: 'error.required' }), z.NEVER);
    const value = /^[-+]?\d{1,8}$/.test(text) ? Number(text) : NaN;
    return value !== 0 && Math.abs(value) <= 10_000_000 ? value : (context.addIssue({ code: 'custom', message: 'pay.adjustment.error.amount' }), z.NEVER);
  });

export const adjustmentForm = z.object({
  workerId: z.uuid({ error: 'pay.adjustment.error.worker' }),
  month,
  amountYen: signedYen,
  reason: requiredText(500, 'pay.adjustment.error.reasonLength'),
  withholds: tickedBox(),
});

export type AdjustmentInput = z.output<typeof adjustmentForm>;

export const closeForm = z.object({ month });
