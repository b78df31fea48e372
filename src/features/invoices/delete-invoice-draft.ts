import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { lockDraftInvoice } from './lock-draft-invoice';
import { invoices } from './schema';

/** Deletes a draft with its lines; an issued invoice is never deleted (it can be voided). */
export async function deleteInvoiceDraft(db: Db, invoiceId: string): Promise<'ok' | 'notFound' | 'locked'> {
  return db.transaction(async (tx) => {
    const draft = await lockDraftInvoice(tx as unknown as Db, invoiceId);
    if (typeof draft === 'string') return draft;
    await tx.delete(invoices).where(eq(invoices.id, invoiceId));
    return 'ok';
  });
}
