import { asc, between, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Table } from '../../export/table-file';
import { lastDayOf } from '../../money/pay-due-date';
import type { Translate } from '../../ui/i18n';
import type { Month } from '../tasks/month';
import { invoicePayments, invoices } from '../invoices/schema';

/** Money received from clients in `month`, against which invoice. */
export async function invoicePaymentsTable(db: Db, t: Translate, month: Month): Promise<Table> {
  const rows = await db
    .select({ payment: invoicePayments, invoiceNumber: invoices.number, recipient: invoices.recipientName })
    .from(invoicePayments)
    .innerJoin(invoices, eq(invoices.id, invoicePayments.invoiceId))
    .where(between(invoicePayments.receivedOn, `${month}-01`, lastDayOf(month)))
    .orderBy(asc(invoicePayments.receivedOn), asc(invoices.number));
  return {
    sheetName: t('exports.invoicePayments.sheet', { month }),
    columns: [t('exports.column.invoiceNumber'), t('exports.column.recipient'), t('exports.column.receivedOn'), t('exports.column.amountYen'), t('exports.column.note')],
    rows: rows.map(({ payment, invoiceNumber, recipient }) => [invoiceNumber, recipient, payment.receivedOn, payment.amountYen, payment.note]),
  };
}
