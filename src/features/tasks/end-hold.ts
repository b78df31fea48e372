import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { taskHolds, type HoldEndReason } from './schema';

/**
 * Ends the worker's active hold on a task, if they have one; false when they do not (someone
 * else holds it, or nobody). The conditional update makes a second, racing attempt find nothing.
 */
export async function endHold(db: Db, workerId: string, taskId: string, reason: HoldEndReason, now: Date, note: string | null = null): Promise<boolean> {
  const ended = await db
    .update(taskHolds)
    .set({ endedAt: now, endReason: reason, note })
    .where(and(eq(taskHolds.taskId, taskId), eq(taskHolds.workerId, workerId), isNull(taskHolds.endedAt)))
    .returning({ id: taskHolds.id });
  return ended.length > 0;
}
