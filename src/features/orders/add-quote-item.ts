import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { lockEditableQuote } from './lock-editable-quote';
import { quoteItems } from './schema';
import type { QuoteItemInput } from './validation';

/** Adds a line at the end of the order's quote. */
export async function addQuoteItem(db: Db, orderId: string, input: QuoteItemInput): Promise<'ok' | 'notFound' | 'locked'> {
  return db.transaction(async (tx) => {
    const state = await lockEditableQuote(tx as unknown as Db, orderId);
    if (state !== 'ok') return state;
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${quoteItems.position}), 0)` })
      .from(quoteItems)
      .where(eq(quoteItems.orderId, orderId));
    await tx.insert(quoteItems).values({ ...input, orderId, position: Number(last?.position ?? 0) + 1 });
    return 'ok';
  });
}
