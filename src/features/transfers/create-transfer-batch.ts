import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/unique-violation';
import type { BusinessDate } from '../availability/calendar';
import { buildZenginTransferFile } from './build-zengin-transfer-file';
import { gatherTransfers, type GatheredTransfers } from './gather-transfers';
import { transferBatches, transferBatchStatements } from './schema';

export type CreateBatchResult =
  | { ok: true; batchId: string; gathered: GatheredTransfers }
  /** settings: no transfer account in the money settings · nothing: no statement can be paid · conflict: another batch took some first. */
  | { ok: false; reason: 'settings' | 'nothing' | 'conflict'; gathered: GatheredTransfers };

/**
 * Makes the 全銀 file for a transfer on `transferOn` from every waiting statement that can be paid
 * and keeps it, with the statements it pays, as a batch. Statements with a problem stay waiting
 * (the caller lists them). Two batches made at once cannot share a statement: the unique index on
 * the statement (among batches not cancelled) refuses the second, which then changes nothing.
 */
export async function createTransferBatch(db: Db, encryptionKey: Buffer, actorId: string, transferOn: BusinessDate): Promise<CreateBatchResult> {
  const gathered = await gatherTransfers(db, encryptionKey, actorId, transferOn, 'create');
  if (!gathered.requester) return { ok: false, reason: 'settings', gathered };
  if (gathered.ready.length === 0) return { ok: false, reason: 'nothing', gathered };
  const built = buildZenginTransferFile({ requester: gathered.requester, transferOn, transfers: gathered.ready.map((candidate) => candidate.transfer) });
  // Every payment was checked by gatherTransfers and the settings by their form; a refusal here is a bug.
  if (!built.ok) throw new Error(`transfer file refused: ${JSON.stringify(built.problems)}`);
  try {
    const batchId = await db.transaction(async (tx) => {
      const [batch] = await tx
        .insert(transferBatches)
        .values({ transferOn, recordCount: built.recordCount, totalYen: built.totalYen, zenginFile: Buffer.from(built.bytes).toString('base64'), createdBy: actorId })
        .returning({ id: transferBatches.id });
      await tx.insert(transferBatchStatements).values(gathered.ready.map((candidate) => ({ batchId: batch!.id, statementId: candidate.statementId })));
      await recordAudit(tx as unknown as Db, { actorId, action: 'transfer.batch.create', detail: { batchId: batch!.id, transferOn, count: built.recordCount, totalYen: built.totalYen } });
      return batch!.id;
    });
    return { ok: true, batchId, gathered };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'conflict', gathered };
    throw error;
  }
}
