import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orders } from '../orders/schema';

/**
 * A client's own orders, from inquiry to closed (lost ones left out), newest first, each with units
 * accepted of the total; with `orderId`, only that one if it is theirs (so another client's order
 * and an unknown id look the same).
 */
export async function listClientOrders(db: Db, clientId: string, orderId?: string) {
  return db
    .select({
      id: orders.id,
      number: orders.number,
      title: orders.title,
      status: orders.status,
      deliveryDate: orders.deliveryDate,
      totalUnits: sql<number>`(select coalesce(sum(units), 0)::int from tasks where tasks.order_id = orders.id and tasks.status <> 'cancelled')`,
      acceptedUnits: sql<number>`(select coalesce(sum(units), 0)::int from tasks where tasks.order_id = orders.id and tasks.status = 'accepted')`,
    })
    .from(orders)
    .where(and(eq(orders.clientId, clientId), ne(orders.status, 'lost'), orderId ? eq(orders.id, orderId) : undefined))
    .orderBy(desc(orders.receivedOn), desc(orders.number));
}

export type ClientOrderRow = Awaited<ReturnType<typeof listClientOrders>>[number];
