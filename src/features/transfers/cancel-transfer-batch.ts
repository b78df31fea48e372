import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { transferBatches } from './schema';

export type CancelBatchResult = { ok: true } | { ok: false; reason: 'notFound' | 'confirmed' | 'cancelled' };

/**
 * The bank refused the file, or it was never sent: the batch is cancelled with a reason and its
 * statements wait again, ready for a new file once (say) an account is put right. The batch, its
 * file and the statements it listed stay on record; the database carries the cancellation to its
 * statement rows. Only a batch neither confirmed nor cancelled can be cancelled (a conditional
 * update, so a confirmation at the same moment and this cannot both win).
 */
export async function cancelTransferBatch(db: Db, actorId: string, batchId: string, reason: string, now: Date): Promise<CancelBatchResult> {
  return db.transaction(async (tx) => {
    const [cancelled] = await tx
      .update(transferBatches)
      .set({ cancelled: true, cancelledAt: now, cancelledBy: actorId, cancelReason: reason })
      .where(and(eq(transferBatches.id, batchId), isNull(transferBatches.confirmedOn), eq(transferBatches.cancelled, false)))
      .returning({ number: transferBatches.number, recordCount: transferBatches.recordCount });
    if (!cancelled) {
      const [batch] = await tx.select({ cancelled: transferBatches.cancelled }).from(transferBatches).where(eq(transferBatches.id, batchId));
      return { ok: false, reason: !batch ? 'notFound' : batch.cancelled ? 'cancelled' : 'confirmed' } as const;
    }
    await recordAudit(tx as unknown as Db, { actorId, action: 'transfer.batch.cancel', detail: { batchId, number: cancelled.number, statements: cancelled.recordCount } });
    return { ok: true } as const;
  });
}
