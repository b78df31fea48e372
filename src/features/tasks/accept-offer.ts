import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { todayInJapan } from '../availability/calendar';
import { tasks } from '../breakdown/schema';
import { issueTermsNotice } from '../terms-notices/issue-terms-notice';
import { mayOpenTask, type WorkerSeat } from './eligibility';
import { taskHolds, taskOffers } from './schema';

/** Rolls the transaction back when the task turns out not to be waiting on this offer any more. */
class OfferGone extends Error {}

/**
 * Accepts a director's offer: the task becomes the worker's, reserved for the order's
 * reservation hours, with its terms notice. Each step is conditional, so an offer withdrawn
 * meanwhile cannot be accepted.
 */
export async function acceptOffer(db: Db, worker: WorkerSeat, taskId: string, now = new Date()): Promise<boolean> {
  try {
    return await db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const [task] = await queryRows<{ reservationHours: number; orderId: string }>(
        db,
        sql`select orders.reservation_hours as "reservationHours", orders.id as "orderId" from tasks join orders on orders.id = tasks.order_id
            where tasks.id = ${taskId} and ${mayOpenTask(worker, todayInJapan(now))}`,
      );
      if (!task) return false;
      const [offer] = await db
        .update(taskOffers)
        .set({ respondedAt: now, response: 'accepted' })
        .where(and(eq(taskOffers.taskId, taskId), eq(taskOffers.workerId, worker.workerId), isNull(taskOffers.respondedAt)))
        .returning({ offeredBy: taskOffers.offeredBy });
      if (!offer) return false;
      const [held] = await db
        .update(tasks)
        .set({ status: 'held' })
        .where(and(eq(tasks.id, taskId), eq(tasks.status, 'offered')))
        .returning({ id: tasks.id });
      if (!held) throw new OfferGone();
      const expiresAt = new Date(now.getTime() + task.reservationHours * 3600_000);
      await db.insert(taskHolds).values({ taskId, workerId: worker.workerId, source: 'offer', startedAt: now, expiresAt });
      await issueTermsNotice(db, { workerId: worker.workerId, orderId: task.orderId, source: 'task_offer', work: { taskIds: [taskId] }, issuedBy: offer.offeredBy }, now);
      return true;
    });
  } catch (error) {
    if (error instanceof OfferGone) return false;
    throw error;
  }
}
