import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { lockDraftInvoice } from './lock-draft-invoice';
import { invoiceItems } from './schema';

/** Removes a line from a draft. */
export async function removeInvoiceItem(db: Db, invoiceId: string, itemId: string): Promise<'ok' | 'notFound' | 'locked'> {
  return db.transaction(async (tx) => {
    const draft = await lockDraftInvoice(tx as unknown as Db, invoiceId);
    if (typeof draft === 'string') return draft;
    const [removed] = await tx
      .delete(invoiceItems)
      .where(and(eq(invoiceItems.id, itemId), eq(invoiceItems.invoiceId, invoiceId)))
      .returning({ id: invoiceItems.id });
    return removed ? 'ok' : 'notFound';
  });
}
