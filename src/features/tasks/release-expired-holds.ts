import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { stopTimers } from './stop-timers';

/**
 * Ends reservations whose time ran out and returns their tasks to the pool; the time logged so
 * far stays. Runs before anything reads or takes tasks, so an expired hold never blocks anyone.
 */
export async function releaseExpiredHolds(db: Db, now: Date): Promise<void> {
  const result = (await db.execute(sql`
    with expired as (
      update task_holds set ended_at = ${now}, end_reason = 'expired'
      where ended_at is null and expires_at <= ${now}
      returning task_id, worker_id
    ), reopened as (
      update tasks set status = 'open' where id in (select task_id from expired) and status = 'held'
    )
    select task_id as "taskId", worker_id as "workerId" from expired`)) as unknown as { rows: { taskId: string; workerId: string }[] };
  for (const hold of result.rows) await stopTimers(db, hold.workerId, now, hold.taskId);
}
