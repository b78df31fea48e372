import { desc, eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { transferBatches } from './schema';

/** Every transfer batch, newest first, without the files. */
export function listTransferBatches(db: Db) {
  return db
    .select({
      id: transferBatches.id,
      number: transferBatches.number,
      transferOn: transferBatches.transferOn,
      recordCount: transferBatches.recordCount,
      totalYen: transferBatches.totalYen,
      createdBy: users.displayName,
      createdAt: transferBatches.createdAt,
      confirmedOn: transferBatches.confirmedOn,
      cancelledAt: transferBatches.cancelledAt,
    })
    .from(transferBatches)
    .leftJoin(users, eq(users.id, transferBatches.createdBy))
    .orderBy(desc(transferBatches.number));
}

export type TransferBatchRow = Awaited<ReturnType<typeof listTransferBatches>>[number];
