import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notify } from '../notifications/notify';
import { taskOffers } from '../tasks/schema';
import { tasks } from './schema';

export type WithdrawResult = { ok: true; orderId: string } | { ok: false; reason: 'notFound' | 'notOffered' };

/** Rolls the transaction back when the task turns out not to be on offer any more. */
class NotOffered extends Error {}

/**
 * Takes back an offer nobody has answered yet: the task returns to the pool, and the worker is
 * told. The offer row is claimed first, as accepting does, so a withdrawal and an acceptance at
 * the same moment wait for each other rather than deadlock, and exactly one of them wins.
 */
export async function withdrawOffer(db: Db, taskId: string, now = new Date()): Promise<WithdrawResult> {
  try {
    return await db.transaction(async (tx) => {
      const [offer] = await tx
        .update(taskOffers)
        .set({ respondedAt: now, response: 'withdrawn' })
        .where(and(eq(taskOffers.taskId, taskId), isNull(taskOffers.respondedAt)))
        .returning({ workerId: taskOffers.workerId });
      if (!offer) {
        const [task] = await tx.select({ id: tasks.id }).from(tasks).where(eq(tasks.id, taskId));
        return { ok: false, reason: task ? 'notOffered' : 'notFound' } as const;
      }
      const [task] = await tx
        .update(tasks)
        .set({ status: 'open' })
        .where(and(eq(tasks.id, taskId), eq(tasks.status, 'offered')))
        .returning({ orderId: tasks.orderId, title: tasks.title });
      if (!task) throw new NotOffered();
      await notify(tx as unknown as Db, [offer.workerId], { key: 'breakdown.notification.offerWithdrawn', params: { task: task.title } }, now);
      return { ok: true, orderId: task.orderId } as const;
    });
  } catch (error) {
    if (error instanceof NotOffered) return { ok: false, reason: 'notOffered' };
    throw error;
  }
}
