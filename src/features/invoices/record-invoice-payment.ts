import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { invoicePayments, invoices } from './schema';
import type { PaymentInput } from './validation';

export type RecordPaymentResult = { ok: true } | { ok: false; reason: 'notFound' | 'notIssued' } | { ok: false; reason: 'overBalance'; balanceYen: number };

/**
 * Records money received against an issued invoice. More than the balance is refused (a typo,
 * or money for another invoice); the invoice row is locked so two payments recorded at once
 * cannot together pass it. Payments are kept as recorded, never changed.
 */
export async function recordInvoicePayment(db: Db, actorId: string, invoiceId: string, input: PaymentInput): Promise<RecordPaymentResult> {
  return db.transaction(async (tx) => {
    const [invoice] = await tx.select({ status: invoices.status, totalYen: invoices.totalYen }).from(invoices).where(eq(invoices.id, invoiceId)).for('update');
    if (!invoice) return { ok: false, reason: 'notFound' } as const;
    if (invoice.status !== 'issued') return { ok: false, reason: 'notIssued' } as const;
    const [paid] = await tx
      .select({ yen: sql<number>`coalesce(sum(${invoicePayments.amountYen}), 0)::bigint` })
      .from(invoicePayments)
      .where(eq(invoicePayments.invoiceId, invoiceId));
    const balanceYen = invoice.totalYen! - Number(paid?.yen ?? 0);
    if (input.amountYen > balanceYen) return { ok: false, reason: 'overBalance', balanceYen } as const;
    await tx.insert(invoicePayments).values({ invoiceId, ...input, recordedBy: actorId });
    await recordAudit(tx as unknown as Db, { actorId, action: 'invoice.payment', detail: { invoiceId, amountYen: input.amountYen } });
    return { ok: true } as const;
  });
}
