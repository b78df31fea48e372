import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Actor } from '../../auth/policy';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { tasks, workPackages } from '../breakdown/schema';
import { orders } from '../orders/schema';
import { submissions } from '../tasks/schema';
import { reviewableOrder } from './may-review-order';

export type ReviewQueueItem = {
  submissionId: string;
  orderId: string;
  orderNumber: number;
  orderTitle: string;
  packageTitle: string;
  unitName: string;
  taskTitle: string;
  workerName: string;
  units: number;
  submittedAt: Date;
  /** OJT: handed in by a trainee on the team, so the reviewer gives more detailed feedback. */
  ojt: boolean;
};

export type ReviewQueue = {
  items: ReviewQueueItem[];
  /** How many wait on each order, in the order the orders first appear in the queue. */
  perOrder: { orderId: string; orderNumber: number; orderTitle: string; count: number }[];
};

/** Handed-in work waiting for review on the orders this person may review, oldest first. */
export async function listReviewQueue(db: Db, reviewer: Actor): Promise<ReviewQueue> {
  const items = await db
    .select({
      submissionId: submissions.id,
      orderId: orders.id,
      orderNumber: orders.number,
      orderTitle: orders.title,
      packageTitle: workPackages.title,
      unitName: workPackages.unitName,
      taskTitle: tasks.title,
      workerName: users.displayName,
      units: submissions.units,
      submittedAt: submissions.submittedAt,
      ojt: isNotNull(submissions.trainingRatePercent).mapWith(Boolean),
    })
    .from(submissions)
    .innerJoin(tasks, eq(tasks.id, submissions.taskId))
    .innerJoin(workPackages, eq(workPackages.id, tasks.packageId))
    .innerJoin(orders, eq(orders.id, tasks.orderId))
    .innerJoin(users, eq(users.id, submissions.workerId))
    .where(and(eq(submissions.needsReview, true), isNull(submissions.decision), reviewableOrder(reviewer)))
    .orderBy(asc(submissions.submittedAt), asc(submissions.id));
  const perOrder = new Map<string, ReviewQueue['perOrder'][number]>();
  for (const item of items) {
    const entry = perOrder.get(item.orderId) ?? { orderId: item.orderId, orderNumber: item.orderNumber, orderTitle: item.orderTitle, count: 0 };
    entry.count += 1;
    perOrder.set(item.orderId, entry);
  }
  return { items, perOrder: [...perOrder.values()] };
}
