import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { tasks } from '../breakdown/schema';
import { taskOffers } from './schema';

/** Declines an offer made to the worker — no reason needed; the task returns to the pool. */
export async function declineOffer(db: Db, workerId: string, taskId: string, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [offer] = await tx
      .update(taskOffers)
      .set({ respondedAt: now, response: 'declined' })
      .where(and(eq(taskOffers.taskId, taskId), eq(taskOffers.workerId, workerId), isNull(taskOffers.respondedAt)))
      .returning({ id: taskOffers.id });
    if (!offer) return false;
    await tx.update(tasks).set({ status: 'open' }).where(and(eq(tasks.id, taskId), eq(tasks.status, 'offered')));
    return true;
  });
}
