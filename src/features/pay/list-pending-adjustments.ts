import { and, asc, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Month } from '../tasks/month';
import { payAdjustments } from './schema';

export type PendingAdjustment = { id: string; workerId: string; month: Month; amountYen: number; reason: string; withholds: boolean };

/**
 * Adjustments a close of `month` pays: additions, and cuts the worker agreed to, of that month or
 * earlier, not yet on a statement. `forUpdate` locks them for the closing transaction, so a
 * withdrawal or an answer waits for the close and then finds them paid.
 */
export async function listPendingAdjustments(db: Db, month: Month, options: { forUpdate?: boolean } = {}): Promise<PendingAdjustment[]> {
  const query = db
    .select({
      id: payAdjustments.id,
      workerId: payAdjustments.workerId,
      month: payAdjustments.month,
      amountYen: payAdjustments.amountYen,
      reason: payAdjustments.reason,
      withholds: payAdjustments.withholds,
    })
    .from(payAdjustments)
    .where(and(lte(payAdjustments.month, month), inArray(payAdjustments.status, ['applied', 'agreed']), isNull(payAdjustments.statementId)))
    .orderBy(asc(payAdjustments.month), asc(payAdjustments.createdAt), sql`${payAdjustments.id}`);
  return options.forUpdate ? query.for('update') : query;
}
