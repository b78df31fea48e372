import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orders } from './schema';
import type { InquiryInput, TermsInput } from './validation';

/**
 * Changes what one of the order's forms holds: the inquiry (title, client, inquiry text, received
 * date) or the terms (onward commission, confidentiality, skills, review policy, reservation
 * time). False when there is no such order.
 */
export async function updateOrder(db: Db, orderId: string, input: InquiryInput | TermsInput): Promise<boolean> {
  const [row] = await db
    .update(orders)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(orders.id, orderId))
    .returning({ id: orders.id });
  return row !== undefined;
}
