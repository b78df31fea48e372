import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orders } from './schema';
import type { InquiryInput } from './validation';

/** Changes an order's title, client, inquiry text and received date; false when there is no such order. */
export async function updateOrder(db: Db, orderId: string, input: InquiryInput): Promise<boolean> {
  const [row] = await db
    .update(orders)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(orders.id, orderId))
    .returning({ id: orders.id });
  return row !== undefined;
}
