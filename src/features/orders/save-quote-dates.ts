import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { lockEditableQuote } from './lock-editable-quote';
import { orders } from './schema';
import type { QuoteDatesInput } from './validation';

/** Sets the quote's issue date and the date it is valid until. */
export async function saveQuoteDates(db: Db, orderId: string, input: QuoteDatesInput): Promise<'ok' | 'notFound' | 'locked'> {
  return db.transaction(async (tx) => {
    const state = await lockEditableQuote(tx as unknown as Db, orderId);
    if (state !== 'ok') return state;
    await tx
      .update(orders)
      .set({ quoteIssuedOn: input.issuedOn, quoteValidUntil: input.validUntil, updatedAt: new Date() })
      .where(eq(orders.id, orderId));
    return 'ok';
  });
}
