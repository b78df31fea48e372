import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { workerProfiles } from '../workers/schema';
import { workerNameColumns, workerNameOf } from './draft-pay-month';
import { payAdjustments, payStatements } from './schema';

export type PayAdjustmentRow = Awaited<ReturnType<typeof listPayAdjustments>>[number];

/**
 * Adjustments with their whole history — who added one and when, the worker's answer, a
 * withdrawal, the statement that paid it — newest first; one worker's when `workerId` is given.
 */
export async function listPayAdjustments(db: Db, options: { workerId?: string } = {}) {
  const creator = alias(users, 'creator');
  const withdrawer = alias(users, 'withdrawer');
  const rows = await db
    .select({
      id: payAdjustments.id,
      workerId: payAdjustments.workerId,
      ...workerNameColumns,
      month: payAdjustments.month,
      amountYen: payAdjustments.amountYen,
      reason: payAdjustments.reason,
      withholds: payAdjustments.withholds,
      status: payAdjustments.status,
      createdByName: creator.displayName,
      createdAt: payAdjustments.createdAt,
      respondedAt: payAdjustments.respondedAt,
      withdrawnByName: withdrawer.displayName,
      withdrawnAt: payAdjustments.withdrawnAt,
      statementId: payAdjustments.statementId,
      statementMonth: payStatements.month,
    })
    .from(payAdjustments)
    .innerJoin(users, eq(users.id, payAdjustments.workerId))
    .leftJoin(workerProfiles, eq(workerProfiles.userId, payAdjustments.workerId))
    .leftJoin(creator, eq(creator.id, payAdjustments.createdBy))
    .leftJoin(withdrawer, eq(withdrawer.id, payAdjustments.withdrawnBy))
    .leftJoin(payStatements, eq(payStatements.id, payAdjustments.statementId))
    .where(options.workerId ? eq(payAdjustments.workerId, options.workerId) : undefined)
    .orderBy(desc(payAdjustments.createdAt), desc(payAdjustments.id));
  return rows.map(({ familyName, givenName, displayName, ...row }) => ({ ...row, workerName: workerNameOf({ familyName, givenName, displayName }) }));
}
