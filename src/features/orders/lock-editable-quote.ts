import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orders, type OrderStatus } from './schema';

/** The quote is what the client was offered: it may change only until the order is won or lost. */
export const quoteEditableIn: readonly OrderStatus[] = ['inquiry', 'quoted'];

/**
 * Locks the order row (inside a transaction) so its quote is changed only while still editable,
 * even if someone moves the order on at the same moment.
 */
export async function lockEditableQuote(db: Db, orderId: string): Promise<'ok' | 'notFound' | 'locked'> {
  const [order] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId)).for('update');
  if (!order) return 'notFound';
  return quoteEditableIn.includes(order.status) ? 'ok' : 'locked';
}
