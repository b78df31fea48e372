import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notify } from '../notifications/notify';
import { orders } from '../orders/schema';
import { taskHolds } from '../tasks/schema';
import { decideSubmission, type DecisionResult } from './decide-submission';

/**
 * Returns handed-in work with the reviewer's comment. The task goes back to the same worker
 * first, as a fresh reservation for the order's usual time; they are told, and may give it back
 * like any other task.
 */
export function returnSubmission(db: Db, reviewerId: string, submissionId: string, comment: string, now = new Date()): Promise<DecisionResult> {
  return decideSubmission(
    db,
    submissionId,
    { decision: 'returned', comment, reviewedBy: reviewerId, reviewedAt: now },
    { status: 'held' },
    async (db, decided) => {
      const [order] = await db.select({ reservationHours: orders.reservationHours }).from(orders).where(eq(orders.id, decided.orderId));
      await db.insert(taskHolds).values({
        taskId: decided.taskId,
        workerId: decided.workerId,
        source: 'returned',
        startedAt: now,
        expiresAt: new Date(now.getTime() + order!.reservationHours * 3600_000),
      });
      await notify(db, [decided.workerId], { key: 'notification.returned', params: { task: decided.taskTitle }, link: `/tasks/${decided.taskId}` }, now);
    },
  );
}
