import { and, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import type { BusinessDate } from '../availability/calendar';
import { payStatements } from '../pay/schema';
import { transferBatches, transferBatchStatements } from './schema';

export type ConfirmBatchResult = { ok: true; paid: number } | { ok: false; reason: 'notFound' | 'confirmed' | 'cancelled' };

/**
 * Staff saw the bank make the transfers: the batch is confirmed and each statement it pays is
 * paid on `paidOn`, in one transaction. Only the first confirmation counts, and never one of a
 * cancelled batch (a conditional update, so a cancellation at the same moment and this cannot both win).
 */
export async function confirmTransferBatch(db: Db, actorId: string, batchId: string, paidOn: BusinessDate): Promise<ConfirmBatchResult> {
  return db.transaction(async (tx) => {
    const [confirmed] = await tx
      .update(transferBatches)
      .set({ confirmedOn: paidOn, confirmedBy: actorId })
      .where(and(eq(transferBatches.id, batchId), isNull(transferBatches.confirmedOn), eq(transferBatches.cancelled, false)))
      .returning({ id: transferBatches.id });
    if (!confirmed) {
      const [batch] = await tx.select({ cancelled: transferBatches.cancelled }).from(transferBatches).where(eq(transferBatches.id, batchId));
      return { ok: false, reason: !batch ? 'notFound' : batch.cancelled ? 'cancelled' : 'confirmed' } as const;
    }
    const paid = await tx
      .update(payStatements)
      .set({ status: 'paid', paidOn })
      .where(
        and(
          eq(payStatements.status, 'closed'),
          inArray(payStatements.id, tx.select({ id: transferBatchStatements.statementId }).from(transferBatchStatements).where(eq(transferBatchStatements.batchId, batchId))),
        ),
      )
      .returning({ id: payStatements.id });
    await recordAudit(tx as unknown as Db, { actorId, action: 'transfer.batch.confirm', detail: { batchId, paidOn, statements: paid.length } });
    return { ok: true, paid: paid.length } as const;
  });
}
