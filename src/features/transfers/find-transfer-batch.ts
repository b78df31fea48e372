import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { workerNameColumns, workerNameOf } from '../pay/draft-pay-month';
import { payStatements } from '../pay/schema';
import { workerProfiles } from '../workers/schema';
import { transferBatches, transferBatchStatements } from './schema';

const creator = alias(users, 'creator');
const confirmer = alias(users, 'confirmer');
const canceller = alias(users, 'canceller');

/** One batch with its kept file and the statements it pays (or paid, when cancelled), or undefined. */
export async function findTransferBatch(db: Db, batchId: string) {
  const [batch] = await db
    .select({ batch: transferBatches, createdByName: creator.displayName, confirmedByName: confirmer.displayName, cancelledByName: canceller.displayName })
    .from(transferBatches)
    .leftJoin(creator, eq(creator.id, transferBatches.createdBy))
    .leftJoin(confirmer, eq(confirmer.id, transferBatches.confirmedBy))
    .leftJoin(canceller, eq(canceller.id, transferBatches.cancelledBy))
    .where(eq(transferBatches.id, batchId));
  if (!batch) return undefined;
  const statements = await db
    .select({
      id: payStatements.id,
      number: payStatements.number,
      workerId: payStatements.workerId,
      ...workerNameColumns,
      month: payStatements.month,
      paymentYen: payStatements.paymentYen,
      status: payStatements.status,
      paidOn: payStatements.paidOn,
    })
    .from(transferBatchStatements)
    .innerJoin(payStatements, eq(payStatements.id, transferBatchStatements.statementId))
    .innerJoin(users, eq(users.id, payStatements.workerId))
    .leftJoin(workerProfiles, eq(workerProfiles.userId, payStatements.workerId))
    .where(eq(transferBatchStatements.batchId, batchId))
    .orderBy(asc(payStatements.number));
  return {
    ...batch.batch,
    createdByName: batch.createdByName,
    confirmedByName: batch.confirmedByName,
    cancelledByName: batch.cancelledByName,
    statements: statements.map(({ familyName, givenName, displayName, ...statement }) => ({ ...statement, workerName: workerNameOf({ familyName, givenName, displayName }) })),
  };
}

export type TransferBatch = NonNullable<Awaited<ReturnType<typeof findTransferBatch>>>;
