import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { payAdjustments } from './schema';

/**
 * Staff take an adjustment back before a close pays it (an addition, a cut proposed or agreed).
 * False when it is already paid, refused or withdrawn — a close running at the same moment wins.
 */
export async function withdrawPayAdjustment(db: Db, withdrawnBy: string, adjustmentId: string, now = new Date()): Promise<boolean> {
  const withdrawn = await db
    .update(payAdjustments)
    .set({ status: 'withdrawn', withdrawnBy, withdrawnAt: now })
    .where(and(eq(payAdjustments.id, adjustmentId), isNull(payAdjustments.statementId), inArray(payAdjustments.status, ['applied', 'proposed', 'agreed'])))
    .returning({ id: payAdjustments.id });
  return withdrawn.length > 0;
}
