import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { invoices } from './schema';

/**
 * Voids an issued invoice with a reason: its number stays taken (no gaps) and everything on it
 * stays as issued; a correction is a new invoice. The only change an issued invoice allows.
 */
export async function voidInvoice(db: Db, actorId: string, invoiceId: string, reason: string): Promise<'ok' | 'notFound' | 'notIssued'> {
  return db.transaction(async (tx) => {
    const [voided] = await tx
      .update(invoices)
      .set({ status: 'void', voidedAt: new Date(), voidReason: reason })
      .where(and(eq(invoices.id, invoiceId), eq(invoices.status, 'issued')))
      .returning({ number: invoices.number });
    if (!voided) {
      const [exists] = await tx.select({ id: invoices.id }).from(invoices).where(eq(invoices.id, invoiceId));
      return exists ? 'notIssued' : 'notFound';
    }
    await recordAudit(tx as unknown as Db, { actorId, action: 'invoice.void', detail: { invoiceId, number: voided.number } });
    return 'ok';
  });
}
