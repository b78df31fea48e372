import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { isUniqueViolation } from '../../db/unique-violation';
import { todayInJapan } from '../availability/calendar';
import { tasks } from '../breakdown/schema';
import { issueTermsNotice } from '../terms-notices/issue-terms-notice';
import { dependencyDone, hasSkillsFor, mayOpenTask, type WorkerSeat } from './eligibility';
import { releaseExpiredHolds } from './release-expired-holds';
import { taskHolds } from './schema';

export type ClaimResult =
  | { ok: true; holdId: string; expiresAt: Date }
  /** notFound: no such task, or one this worker may not see (the same answer, so nothing leaks). */
  | { ok: false; reason: 'notFound' | 'missingSkills' | 'waiting' | 'taken' };

/** Postgres' unique_violation: another holder got there first. */

/**
 * Takes an open task for the worker: a reservation that lasts the order's reservation hours, and
 * the terms notice for it (issued in the same transaction, so only the one who gets it has one).
 * However many try at once, one succeeds: the status update locks the task row, and the partial
 * unique index on active holds refuses a second holder even if that lock were bypassed.
 */
export async function claimTask(db: Db, worker: WorkerSeat, taskId: string, now = new Date()): Promise<ClaimResult> {
  try {
    return await db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      await releaseExpiredHolds(db, now);
      const [task] = await queryRows<{ status: string; hasSkills: boolean; ready: boolean; reservationHours: number; orderId: string }>(
        db,
        sql`select tasks.status, ${hasSkillsFor(worker.workerId)} as "hasSkills", ${dependencyDone} as ready,
              orders.reservation_hours as "reservationHours", orders.id as "orderId"
            from tasks join orders on orders.id = tasks.order_id
            where tasks.id = ${taskId} and ${mayOpenTask(worker, todayInJapan(now))}`,
      );
      if (!task) return { ok: false, reason: 'notFound' } as const;
      if (!task.hasSkills) return { ok: false, reason: 'missingSkills' } as const;
      if (!task.ready) return { ok: false, reason: 'waiting' } as const;
      const [taken] = await db
        .update(tasks)
        .set({ status: 'held' })
        .where(and(eq(tasks.id, taskId), eq(tasks.status, 'open')))
        .returning({ id: tasks.id });
      if (!taken) return { ok: false, reason: 'taken' } as const;
      const expiresAt = new Date(now.getTime() + task.reservationHours * 3600_000);
      const [hold] = await db
        .insert(taskHolds)
        .values({ taskId, workerId: worker.workerId, source: 'taken', startedAt: now, expiresAt })
        .returning({ id: taskHolds.id });
      await issueTermsNotice(db, { workerId: worker.workerId, orderId: task.orderId, source: 'task_taken', work: { taskIds: [taskId] } }, now);
      return { ok: true, holdId: hold!.id, expiresAt } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'taken' };
    throw error;
  }
}
