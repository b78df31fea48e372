import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { tasks } from '../breakdown/schema';
import { taskHolds } from '../tasks/schema';

/** Who holds which of the order's tasks right now, since when, and whether their timer runs. */
export async function listWorkingNow(db: Db, orderId: string) {
  return db
    .select({
      holdId: taskHolds.id,
      workerName: users.displayName,
      taskTitle: tasks.title,
      since: taskHolds.startedAt,
      timerRunning: sql<boolean>`exists (select 1 from work_log_entries entry
        where entry.task_id = ${taskHolds.taskId} and entry.worker_id = ${taskHolds.workerId} and entry.minutes is null)`,
    })
    .from(taskHolds)
    .innerJoin(tasks, eq(tasks.id, taskHolds.taskId))
    .innerJoin(users, eq(users.id, taskHolds.workerId))
    .where(and(eq(tasks.orderId, orderId), isNull(taskHolds.endedAt)))
    .orderBy(asc(taskHolds.startedAt));
}
