import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notify } from '../notifications/notify';
import { taskOffers } from '../tasks/schema';
import { tasks } from './schema';

export type WithdrawResult = { ok: true; orderId: string } | { ok: false; reason: 'notFound' | 'notOffered' };

/** Takes back an offer nobody has answered yet: the task returns to the pool, and the worker is told. */
export async function withdrawOffer(db: Db, taskId: string, now = new Date()): Promise<WithdrawResult> {
  return db.transaction(async (tx) => {
    const [task] = await tx.select({ orderId: tasks.orderId, title: tasks.title, status: tasks.status }).from(tasks).where(eq(tasks.id, taskId)).for('update');
    if (!task) return { ok: false, reason: 'notFound' } as const;
    const [offer] = await tx
      .update(taskOffers)
      .set({ respondedAt: now, response: 'withdrawn' })
      .where(and(eq(taskOffers.taskId, taskId), isNull(taskOffers.respondedAt)))
      .returning({ workerId: taskOffers.workerId });
    if (!offer || task.status !== 'offered') return { ok: false, reason: 'notOffered' } as const;
    await tx.update(tasks).set({ status: 'open' }).where(eq(tasks.id, taskId));
    await notify(tx as unknown as Db, [offer.workerId], { key: 'breakdown.notification.offerWithdrawn', params: { task: task.title } }, now);
    return { ok: true, orderId: task.orderId } as const;
  });
}
