import { and, asc, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { BusinessDate } from '../availability/calendar';
import { clients } from '../clients/schema';
import { invoiceStates, invoiceStateSql, overdueSql, standingColumns, standingOf } from './invoice-state';
import { invoices } from './schema';

/** What the list can be narrowed to: a state, or the overdue ones (unpaid or part-paid, past due). */
export const invoiceListStatuses = [...invoiceStates, 'overdue'] as const;
export type InvoiceListStatus = (typeof invoiceListStatuses)[number];

export type InvoiceFilter = {
  clientId?: string | undefined;
  status?: InvoiceListStatus | undefined;
  /** YYYY-MM: issued that month (drafts: made that month). */
  month?: string | undefined;
  /** Leave drafts out (what a client may see). */
  issuedOnly?: boolean;
};

/**
 * Invoices with what has been paid, the balance and their state; overdue ones with the days
 * past due. Drafts first, then by number, newest first; the overdue list by due date, oldest first.
 */
export async function listInvoices(db: Db, filter: InvoiceFilter, today: BusinessDate) {
  const conditions: SQL[] = [];
  if (filter.clientId) conditions.push(eq(invoices.clientId, filter.clientId));
  if (filter.issuedOnly) conditions.push(ne(invoices.status, 'draft'));
  if (filter.status === 'overdue') conditions.push(overdueSql(today));
  else if (filter.status) conditions.push(sql`${invoiceStateSql} = ${filter.status}`);
  if (filter.month) {
    conditions.push(sql`to_char(coalesce(${invoices.issuedOn}, (${invoices.createdAt} at time zone 'Asia/Tokyo')::date), 'YYYY-MM') = ${filter.month}`);
  }
  const rows = await db
    .select({
      id: invoices.id,
      number: invoices.number,
      kind: invoices.kind,
      month: invoices.month,
      subject: invoices.subject,
      clientId: invoices.clientId,
      clientName: clients.name,
      issuedOn: invoices.issuedOn,
      dueOn: invoices.dueOn,
      totalYen: invoices.totalYen,
      ...standingColumns(today),
    })
    .from(invoices)
    .innerJoin(clients, eq(clients.id, invoices.clientId))
    .where(and(...conditions))
    .orderBy(...(filter.status === 'overdue' ? [asc(invoices.dueOn), asc(invoices.number)] : [sql`${invoices.number} desc nulls first`, desc(invoices.createdAt)]));
  return rows.map(standingOf);
}

export type InvoiceListRow = Awaited<ReturnType<typeof listInvoices>>[number];
