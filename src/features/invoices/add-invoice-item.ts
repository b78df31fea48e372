import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { insertInvoiceLines } from './insert-invoice-lines';
import { lockDraftInvoice } from './lock-draft-invoice';
import { resolveLineOrder } from './resolve-line-order';
import { invoiceItems } from './schema';
import type { InvoiceItemInput } from './validation';

/** Adds a line at the end of a draft; `badOrder` when a monthly invoice's line names none of the client's orders. */
export async function addInvoiceItem(db: Db, invoiceId: string, input: InvoiceItemInput): Promise<'ok' | 'notFound' | 'locked' | 'badOrder'> {
  return db.transaction(async (tx) => {
    const draft = await lockDraftInvoice(tx as unknown as Db, invoiceId);
    if (typeof draft === 'string') return draft;
    const orderId = await resolveLineOrder(tx as unknown as Db, draft, input.orderId);
    if (!orderId) return 'badOrder';
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${invoiceItems.position}), 0)::int` })
      .from(invoiceItems)
      .where(eq(invoiceItems.invoiceId, invoiceId));
    const { unit, ...line } = input;
    await insertInvoiceLines(tx as unknown as Db, invoiceId, [{ ...line, unitName: unit, orderId }], Number(last?.position ?? 0));
    return 'ok';
  });
}
