import { asc, eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import type { BusinessDate } from '../availability/calendar';
import { clients } from '../clients/schema';
import { orders } from '../orders/schema';
import { standingColumns, standingOf } from './invoice-state';
import { invoiceItems, invoicePayments, invoices } from './schema';

/**
 * An invoice with its client, its standing (paid, balance, state, overdue), its lines in order
 * (each with its order's number and title) and the payments received, oldest first; null for an
 * unknown invoice.
 */
export async function findInvoice(db: Db, id: string, today: BusinessDate) {
  const [row] = await db
    .select({ invoice: invoices, clientName: clients.name, orderNumber: orders.number, orderTitle: orders.title, totalYen: invoices.totalYen, ...standingColumns(today) })
    .from(invoices)
    .innerJoin(clients, eq(clients.id, invoices.clientId))
    .leftJoin(orders, eq(orders.id, invoices.orderId))
    .where(eq(invoices.id, id));
  if (!row) return null;
  const items = await db
    .select({ item: invoiceItems, orderNumber: orders.number, orderTitle: orders.title })
    .from(invoiceItems)
    .leftJoin(orders, eq(orders.id, invoiceItems.orderId))
    .where(eq(invoiceItems.invoiceId, id))
    .orderBy(asc(invoiceItems.position));
  const payments = await db
    .select({ payment: invoicePayments, recordedByName: users.displayName })
    .from(invoicePayments)
    .leftJoin(users, eq(users.id, invoicePayments.recordedBy))
    .where(eq(invoicePayments.invoiceId, id))
    .orderBy(asc(invoicePayments.receivedOn), asc(invoicePayments.recordedAt));
  return {
    ...standingOf(row),
    items: items.map((entry) => ({ ...entry.item, orderNumber: entry.orderNumber, orderTitle: entry.orderTitle })),
    payments: payments.map((entry) => ({ ...entry.payment, recordedByName: entry.recordedByName })),
  };
}

export type InvoiceDetails = NonNullable<Awaited<ReturnType<typeof findInvoice>>>;
export type InvoiceItem = InvoiceDetails['items'][number];
