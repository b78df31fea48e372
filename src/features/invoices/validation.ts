import { z } from 'zod';
import { optionalText, requiredDate, requiredText } from '../../ui/form';
import { quoteItemForm, wholeNumber } from '../orders/validation';
import { invoiceLineSources } from './gather-invoice-lines';
import { invoiceListStatuses } from './list-invoices';

const tooLong = 'invoice.error.tooLong';
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'invoice.error.month' });

export const orderInvoiceForm = z.object({
  orderId: z.uuid({ error: 'invoice.error.order' }),
  source: z.enum(invoiceLineSources, { error: 'invoice.error.source' }),
});

export type OrderInvoiceInput = z.output<typeof orderInvoiceForm>;

export const monthlyInvoiceForm = z.object({
  clientId: z.uuid({ error: 'invoice.error.client' }),
  month,
});

export type MonthlyInvoiceInput = z.output<typeof monthlyInvoiceForm>;

export const invoiceDetailsForm = z.object({
  subject: requiredText(200, tooLong),
  notes: optionalText(1000, tooLong),
});

export type InvoiceDetailsInput = z.output<typeof invoiceDetailsForm>;

/**
 * An invoice line: what a quote line has (the same rules and messages), and on a monthly invoice
 * the order it belongs to (left out on an order's invoice, whose lines all belong to its order).
 */
export const invoiceItemForm = quoteItemForm.extend({
  orderId: z
    .preprocess((value) => (value === '' ? undefined : value), z.uuid({ error: 'invoice.error.itemOrder' }).optional())
    .transform((value) => value ?? null),
});

export type InvoiceItemInput = z.output<typeof invoiceItemForm>;

export const voidForm = z.object({ reason: requiredText(500, tooLong) });

/** A payment received: the day (not in the future), the amount in whole yen, an optional note. */
export function paymentForm(today: string) {
  return z.object({
    receivedOn: requiredDate('invoice.error.date').refine((date) => date <= today, { error: 'invoice.payment.error.future' }),
    amountYen: wholeNumber(1, 1_000_000_000, 'invoice.payment.error.amount'),
    note: optionalText(200, tooLong),
  });
}

export type PaymentInput = z.output<ReturnType<typeof paymentForm>>;

/** The list's filters from the query string; anything unknown reads as "all". */
export const invoiceListFilter = z.object({
  client: z.uuid().or(z.literal('')).catch(''),
  status: z.enum(invoiceListStatuses).or(z.literal('')).catch(''),
  month: month.or(z.literal('')).catch(''),
});

export type InvoiceListFilter = z.output<typeof invoiceListFilter>;
