import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { invoices } from './schema';

type Invoice = typeof invoices.$inferSelect;

/**
 * Locks the invoice row (inside a transaction) so a draft is changed only while it is a draft,
 * even if someone issues it at the same moment; `locked` once issued or void. The triggers refuse
 * such a change anyway; this turns it into a clear answer.
 */
export async function lockDraftInvoice(db: Db, invoiceId: string): Promise<Invoice | 'notFound' | 'locked'> {
  const [invoice] = await db.select().from(invoices).where(eq(invoices.id, invoiceId)).for('update');
  if (!invoice) return 'notFound';
  return invoice.status === 'draft' ? invoice : 'locked';
}
