import { z } from 'zod';
import { optionalText, orEmpty, requiredText } from '../../ui/form';

export const proposeForm = z.object({
  reason: orEmpty(requiredText(2000, 'promotion.error.reasonTooLong')),
});

export const approveForm = z.object({
  note: orEmpty(optionalText(2000, 'promotion.error.noteTooLong')),
});

/** Declining needs a note: the person reads why, and what would help next. */
export const declineForm = z.object({
  note: orEmpty(requiredText(2000, 'promotion.error.noteTooLong')),
});
