import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orders } from '../orders/schema';
import { presence } from './schema';

/** Where this person shows as working now, if anywhere. */
export async function findMyPresence(db: Db, userId: string, now = new Date()) {
  const [row] = await db
    .select({ orderId: presence.orderId, orderTitle: orders.title, since: presence.since, until: presence.until })
    .from(presence)
    .innerJoin(orders, eq(orders.id, presence.orderId))
    .where(and(eq(presence.userId, userId), gt(presence.until, now)));
  return row;
}
