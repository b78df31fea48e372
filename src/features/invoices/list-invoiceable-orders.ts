import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { clients } from '../clients/schema';
import { orders, type OrderStatus } from '../orders/schema';

/** Orders that can be billed: won, in any state from ordered to closed. */
export const invoiceableStatuses: readonly OrderStatus[] = ['ordered', 'in_progress', 'delivered', 'closed'];

/** Orders to choose from for a new invoice or a monthly invoice's line (one client's), by client, newest first. */
export async function listInvoiceableOrders(db: Db, clientId?: string) {
  return db
    .select({ id: orders.id, number: orders.number, title: orders.title, clientId: orders.clientId, clientName: clients.name })
    .from(orders)
    .innerJoin(clients, eq(clients.id, orders.clientId))
    .where(and(inArray(orders.status, [...invoiceableStatuses]), clientId ? eq(orders.clientId, clientId) : undefined))
    .orderBy(asc(clients.name), desc(orders.number));
}

export type InvoiceableOrder = Awaited<ReturnType<typeof listInvoiceableOrders>>[number];
