import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { payAdjustments } from './schema';

/**
 * The worker's answer to a proposed cut: agreed (a close then pays it) or refused (it never
 * applies). Only their own, only while it waits and is not withdrawn; false otherwise.
 */
export async function answerPayAdjustment(db: Db, workerId: string, adjustmentId: string, answer: 'agreed' | 'refused', now = new Date()): Promise<boolean> {
  const answered = await db
    .update(payAdjustments)
    .set({ status: answer, respondedAt: now })
    .where(and(eq(payAdjustments.id, adjustmentId), eq(payAdjustments.workerId, workerId), eq(payAdjustments.status, 'proposed'), isNull(payAdjustments.statementId)))
    .returning({ id: payAdjustments.id });
  return answered.length > 0;
}
