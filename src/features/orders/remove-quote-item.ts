import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { lockEditableQuote } from './lock-editable-quote';
import { quoteItems } from './schema';

/** Removes one line of the order's quote. */
export async function removeQuoteItem(db: Db, orderId: string, itemId: string): Promise<'ok' | 'notFound' | 'locked'> {
  return db.transaction(async (tx) => {
    const state = await lockEditableQuote(tx as unknown as Db, orderId);
    if (state !== 'ok') return state;
    const removed = await tx
      .delete(quoteItems)
      .where(and(eq(quoteItems.id, itemId), eq(quoteItems.orderId, orderId)))
      .returning({ id: quoteItems.id });
    return removed.length > 0 ? 'ok' : 'notFound';
  });
}
