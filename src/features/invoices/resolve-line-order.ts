import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orders } from '../orders/schema';
import type { invoices } from './schema';

/**
 * The order a line belongs to: an order's invoice has only that order; on a monthly invoice the
 * line names one of the client's orders. Null when it names none of them.
 */
export async function resolveLineOrder(db: Db, invoice: typeof invoices.$inferSelect, requested: string | null): Promise<string | null> {
  if (invoice.kind === 'order') return invoice.orderId;
  if (!requested) return null;
  const [order] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.id, requested), eq(orders.clientId, invoice.clientId)));
  return order?.id ?? null;
}
