import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { lockDraftInvoice } from './lock-draft-invoice';
import { invoices } from './schema';
import type { InvoiceDetailsInput } from './validation';

/** Saves a draft's subject and notes. */
export async function saveInvoiceDetails(db: Db, invoiceId: string, input: InvoiceDetailsInput): Promise<'ok' | 'notFound' | 'locked'> {
  return db.transaction(async (tx) => {
    const draft = await lockDraftInvoice(tx as unknown as Db, invoiceId);
    if (typeof draft === 'string') return draft;
    await tx.update(invoices).set(input).where(eq(invoices.id, invoiceId));
    return 'ok';
  });
}
