import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { clients } from '../clients/schema';
import { orders, type OrderStatus } from './schema';

/** Orders with a status and from a client (both optional), newest first. */
export async function listOrders(db: Db, filter: { status?: OrderStatus; clientId?: string }) {
  return db
    .select({
      id: orders.id,
      number: orders.number,
      title: orders.title,
      status: orders.status,
      deliveryDate: orders.deliveryDate,
      clientId: orders.clientId,
      clientName: clients.name,
    })
    .from(orders)
    .innerJoin(clients, eq(clients.id, orders.clientId))
    .where(and(filter.status ? eq(orders.status, filter.status) : undefined, filter.clientId ? eq(orders.clientId, filter.clientId) : undefined))
    .orderBy(desc(orders.number));
}

export type OrderListRow = Awaited<ReturnType<typeof listOrders>>[number];
