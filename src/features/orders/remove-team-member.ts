import { and, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { tasks } from '../breakdown/schema';
import { taskHolds, taskOffers } from '../tasks/schema';
import { stopTimers } from '../tasks/stop-timers';
import { orderTeamMembers } from './schema';

/**
 * Takes someone off the order's team, all at once: their reservations on its tasks end
 * (`withdrawn`, no mark against them) and open offers to them are withdrawn, and those tasks
 * return to the pool; a running timer stops, keeping the time logged. Returns how many tasks
 * went back, or null when the person was not on the team.
 */
export async function removeTeamMember(db: Db, actorId: string, orderId: string, userId: string, now = new Date()): Promise<{ returnedTasks: number } | null> {
  return db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(orderTeamMembers)
      .where(and(eq(orderTeamMembers.orderId, orderId), eq(orderTeamMembers.userId, userId)))
      .returning({ userId: orderTeamMembers.userId });
    if (!removed) return null;
    const orderTasks = tx.select({ id: tasks.id }).from(tasks).where(eq(tasks.orderId, orderId));
    const holds = await tx
      .update(taskHolds)
      .set({ endedAt: now, endReason: 'withdrawn' })
      .where(and(eq(taskHolds.workerId, userId), isNull(taskHolds.endedAt), inArray(taskHolds.taskId, orderTasks)))
      .returning({ taskId: taskHolds.taskId });
    const offers = await tx
      .update(taskOffers)
      .set({ respondedAt: now, response: 'withdrawn' })
      .where(and(eq(taskOffers.workerId, userId), isNull(taskOffers.respondedAt), inArray(taskOffers.taskId, orderTasks)))
      .returning({ taskId: taskOffers.taskId });
    const heldTaskIds = holds.map((hold) => hold.taskId);
    const offeredTaskIds = offers.map((offer) => offer.taskId);
    const reopened = [
      ...(heldTaskIds.length > 0
        ? await tx.update(tasks).set({ status: 'open' }).where(and(inArray(tasks.id, heldTaskIds), eq(tasks.status, 'held'))).returning({ id: tasks.id })
        : []),
      ...(offeredTaskIds.length > 0
        ? await tx.update(tasks).set({ status: 'open' }).where(and(inArray(tasks.id, offeredTaskIds), eq(tasks.status, 'offered'))).returning({ id: tasks.id })
        : []),
    ];
    for (const taskId of heldTaskIds) await stopTimers(tx as unknown as Db, userId, now, taskId);
    await recordAudit(tx as unknown as Db, { actorId, action: 'order.team.remove', subjectUserId: userId, detail: { orderId, returnedTasks: reopened.length } });
    return { returnedTasks: reopened.length };
  });
}
