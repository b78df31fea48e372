import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { payStatements } from '../pay/schema';
import { transferBatches, transferBatchStatements } from './schema';

const creator = alias(users, 'creator');
const confirmer = alias(users, 'confirmer');
const worker = alias(users, 'worker');

/** One batch with its kept file and the statements it pays, or undefined. */
export async function findTransferBatch(db: Db, batchId: string) {
  const [batch] = await db
    .select({ batch: transferBatches, createdByName: creator.displayName, confirmedByName: confirmer.displayName })
    .from(transferBatches)
    .leftJoin(creator, eq(creator.id, transferBatches.createdBy))
    .leftJoin(confirmer, eq(confirmer.id, transferBatches.confirmedBy))
    .where(eq(transferBatches.id, batchId));
  if (!batch) return undefined;
  const statements = await db
    .select({
      id: payStatements.id,
      number: payStatements.number,
      workerId: payStatements.workerId,
      workerName: worker.displayName,
      month: payStatements.month,
      paymentYen: payStatements.paymentYen,
      status: payStatements.status,
      paidOn: payStatements.paidOn,
    })
    .from(transferBatchStatements)
    .innerJoin(payStatements, eq(payStatements.id, transferBatchStatements.statementId))
    .innerJoin(worker, eq(worker.id, payStatements.workerId))
    .where(eq(transferBatchStatements.batchId, batchId))
    .orderBy(asc(payStatements.number));
  return { ...batch.batch, createdByName: batch.createdByName, confirmedByName: batch.confirmedByName, statements };
}

export type TransferBatch = NonNullable<Awaited<ReturnType<typeof findTransferBatch>>>;
