import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { isUniqueViolation } from '../../db/unique-violation';
import { todayInJapan } from '../availability/calendar';
import { notify } from '../notifications/notify';
import { dependencyDone, hasSkillsFor, mayOpenTask } from '../tasks/eligibility';
import { taskOffers } from '../tasks/schema';
import { tasks } from './schema';

export type OfferResult = { ok: true; orderId: string } | { ok: false; reason: 'notFound' | 'notOpen' | 'notEligible' | 'waiting' };

/**
 * Offers an open task to one named worker, who may accept or decline: the task is set aside
 * (`offered`) so nobody else takes it meanwhile. The worker must be one who could take it — on
 * the team, with the skills and any NDA (centre-only work counts as reachable: they can come in).
 */
export async function offerTask(db: Db, offer: { taskId: string; workerId: string; offeredBy: string }, now = new Date()): Promise<OfferResult> {
  try {
    return await db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const [task] = await queryRows<{ orderId: string; title: string; orderTitle: string; status: string; eligible: boolean; hasSkills: boolean; ready: boolean }>(
        db,
        sql`select tasks.order_id as "orderId", tasks.title, orders.title as "orderTitle", tasks.status,
              ${mayOpenTask({ workerId: offer.workerId, atCentre: true }, todayInJapan(now))} as eligible,
              ${hasSkillsFor(offer.workerId)} as "hasSkills", ${dependencyDone} as ready
            from tasks join orders on orders.id = tasks.order_id
            where tasks.id = ${offer.taskId}
            for update of tasks`,
      );
      if (!task) return { ok: false, reason: 'notFound' } as const;
      if (task.status !== 'open') return { ok: false, reason: 'notOpen' } as const;
      if (!task.eligible || !task.hasSkills) return { ok: false, reason: 'notEligible' } as const;
      if (!task.ready) return { ok: false, reason: 'waiting' } as const;
      await db.update(tasks).set({ status: 'offered' }).where(and(eq(tasks.id, offer.taskId), eq(tasks.status, 'open')));
      await db.insert(taskOffers).values({ taskId: offer.taskId, workerId: offer.workerId, offeredBy: offer.offeredBy, offeredAt: now });
      await notify(db, [offer.workerId], { key: 'notification.offer', params: { order: task.orderTitle, task: task.title }, link: `/tasks/${offer.taskId}` }, now);
      return { ok: true, orderId: task.orderId } as const;
    });
  } catch (error) {
    // The one-open-offer-per-task index: someone offered it in the same moment.
    if (isUniqueViolation(error)) return { ok: false, reason: 'notOpen' };
    throw error;
  }
}
