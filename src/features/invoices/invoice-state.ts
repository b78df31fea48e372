import { sql } from 'drizzle-orm';
import type { BusinessDate } from '../availability/calendar';
import { invoices } from './schema';

/** Where an invoice stands for the people who follow the money. */
export const invoiceStates = ['draft', 'unpaid', 'partiallyPaid', 'paid', 'void'] as const;
export type InvoiceState = (typeof invoiceStates)[number];

/** What has been received against an invoice, in yen (payments never pass the total). */
export const paidYenSql = sql<number>`(select coalesce(sum(amount_yen), 0)::int from invoice_payments where invoice_payments.invoice_id = ${invoices.id})`;

/** The invoice's state, worked out in the database so lists can filter on it. */
export const invoiceStateSql = sql<InvoiceState>`case
  when ${invoices.status} = 'draft' then 'draft'
  when ${invoices.status} = 'void' then 'void'
  when ${paidYenSql} >= ${invoices.totalYen} then 'paid'
  when ${paidYenSql} > 0 then 'partiallyPaid'
  else 'unpaid' end`;

/** Issued, due before `today`, and not fully paid. */
export const overdueSql = (today: BusinessDate) => sql<boolean>`(${invoices.status} = 'issued' and ${invoices.dueOn} < ${today} and ${paidYenSql} < ${invoices.totalYen})`;

/** The columns every view of an invoice's standing reads; days overdue only while it is overdue. */
export const standingColumns = (today: BusinessDate) => ({
  paidYen: paidYenSql,
  state: invoiceStateSql,
  overdue: sql<boolean>`coalesce(${overdueSql(today)}, false)`,
  daysOverdue: sql<number>`case when ${overdueSql(today)} then ${today}::date - ${invoices.dueOn} else 0 end`,
});

/** Numbers as the drivers give them (counts may come back as text), and the balance. */
export function standingOf<Row extends { totalYen: number | null; paidYen: number; daysOverdue: number; overdue: boolean }>(row: Row) {
  const paidYen = Number(row.paidYen);
  return { ...row, paidYen, daysOverdue: Number(row.daysOverdue), overdue: Boolean(row.overdue), balanceYen: row.totalYen === null ? null : row.totalYen - paidYen };
}
