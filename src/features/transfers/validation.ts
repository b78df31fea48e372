import { z } from 'zod';
import { tableFileFormats } from '../../export/table-file';
import { requiredDate, requiredText } from '../../ui/form';
import type { BusinessDate } from '../availability/calendar';
import { isBankDay } from '../../money/pay-due-date';

/** The transfer date of a new file: a bank day, today or later. */
export const transferDateForm = (today: BusinessDate) =>
  z.object({
    transferOn: requiredDate('transfers.error.date')
      .refine((date) => date >= today, { error: 'transfers.error.past' })
      .refine(isBankDay, { error: 'transfers.error.bankDay' }),
  });

/** The day the bank made the transfers: today or before. */
export const confirmForm = (today: BusinessDate) =>
  z.object({ paidOn: requiredDate('transfers.error.date').refine((date) => date <= today, { error: 'transfers.error.future' }) });

/** Why a batch is cancelled (the bank refused the file, it was never sent…), kept with the batch. */
export const cancelForm = z.object({ reason: requiredText(500, 'transfers.error.reasonTooLong') });

/** `?year=2026&format=xlsx`: the calendar year (this one when missing or malformed) and a table file format. */
export const yearEndQuery = (today: BusinessDate) =>
  z.object({
    year: z.coerce.number().int().min(2000).max(2100).catch(Number(today.slice(0, 4))),
    format: z.enum(tableFileFormats).catch('xlsx'),
  });
