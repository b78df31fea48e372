import { z } from 'zod';
import { optionalText, orEmpty, requiredDate, typedText } from '../../ui/form';
import type { BusinessDate } from '../availability/calendar';

/** The longest plan: four weeks. */
export const maxPlanDays = 28;

/** "Plan the next days": a real first day, not before today, and 1 to 28 days. */
export function planForm(today: BusinessDate) {
  return z.object({
    from: orEmpty(requiredDate('planner.error.date')).refine((date) => date >= today, { error: 'planner.error.past' }),
    days: orEmpty(typedText()).transform((text, context) => {
      const days = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
      if (days >= 1 && days <= maxPlanDays) return days;
      return (context.addIssue({ code: 'custom', message: text === '' ? 'error.required' : 'planner.error.days' }), z.NEVER);
    }),
  });
}

/** Declining an offer: a note only if the worker wants to give one. */
export const declineForm = z.object({ note: orEmpty(optionalText(500, 'planner.error.noteTooLong')) });
