import { and, asc, between, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Table } from '../../export/table-file';
import { lastDayOf } from '../../money/pay-due-date';
import type { Translate } from '../../ui/i18n';
import type { Month } from '../tasks/month';
import { invoices } from '../invoices/schema';

/** The invoices issued in `month` (voided ones too, so the numbers have no gaps), with what has been received. */
export async function invoicesTable(db: Db, t: Translate, month: Month): Promise<Table> {
  const rows = await db
    .select({
      invoice: invoices,
      // Written out: with one table in the query, Drizzle leaves column names unqualified, which the subquery would misread.
      receivedYen: sql<number>`(select coalesce(sum(received.amount_yen), 0)::int from invoice_payments received where received.invoice_id = invoices.id)`,
    })
    .from(invoices)
    .where(and(isNotNull(invoices.number), between(invoices.issuedOn, `${month}-01`, lastDayOf(month))))
    .orderBy(asc(invoices.number));
  return {
    sheetName: t('exports.invoices.sheet', { month }),
    columns: [
      t('exports.column.invoiceNumber'),
      t('exports.column.invoiceStatus'),
      t('exports.column.invoiceKind'),
      t('exports.column.recipient'),
      t('exports.column.subject'),
      t('exports.column.issuedOn'),
      t('exports.column.dueOn'),
      t('exports.column.subtotalYen'),
      t('exports.column.taxYen'),
      t('exports.column.totalYen'),
      t('exports.column.receivedYen'),
      t('exports.column.issuerRegistrationNumber'),
      t('exports.column.voidReason'),
    ],
    rows: rows.map(({ invoice, receivedYen }) => [
      invoice.number,
      t(`exports.invoiceStatus.${invoice.status}`),
      t(`exports.invoiceKind.${invoice.kind}`),
      invoice.recipientName,
      invoice.subject,
      invoice.issuedOn,
      invoice.dueOn,
      invoice.subtotalYen,
      invoice.taxYen,
      invoice.totalYen,
      receivedYen,
      invoice.issuerRegistrationNumber,
      invoice.voidReason,
    ]),
  };
}
