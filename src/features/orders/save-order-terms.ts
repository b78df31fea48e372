import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orders } from './schema';
import type { TermsInput } from './validation';

/** Saves the terms of the onward commission, confidentiality, skills, review policy and reservation time. */
export async function saveOrderTerms(db: Db, orderId: string, input: TermsInput): Promise<boolean> {
  const [row] = await db
    .update(orders)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(orders.id, orderId))
    .returning({ id: orders.id });
  return row !== undefined;
}
