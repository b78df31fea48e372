import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { lockDraftInvoice } from './lock-draft-invoice';
import { resolveLineOrder } from './resolve-line-order';
import { invoiceItems } from './schema';
import type { InvoiceItemInput } from './validation';

/** Changes a line of a draft. */
export async function updateInvoiceItem(db: Db, invoiceId: string, itemId: string, input: InvoiceItemInput): Promise<'ok' | 'notFound' | 'locked' | 'badOrder'> {
  return db.transaction(async (tx) => {
    const draft = await lockDraftInvoice(tx as unknown as Db, invoiceId);
    if (typeof draft === 'string') return draft;
    const orderId = await resolveLineOrder(tx as unknown as Db, draft, input.orderId);
    if (!orderId) return 'badOrder';
    const { unit, ...line } = input;
    const [updated] = await tx
      .update(invoiceItems)
      .set({ ...line, unitName: unit, orderId })
      .where(and(eq(invoiceItems.id, itemId), eq(invoiceItems.invoiceId, invoiceId)))
      .returning({ id: invoiceItems.id });
    return updated ? 'ok' : 'notFound';
  });
}
