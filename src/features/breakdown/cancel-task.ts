import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { tasks } from './schema';

export type CancelResult = { ok: true; orderId: string; count: number } | { ok: false; reason: 'notFound' | 'notOpen' };

/**
 * Cancels an open task that is no longer needed, with the open follow-up steps waiting on it
 * (they would wait for ever). Work someone holds, handed in or accepted is never cancelled here.
 */
export async function cancelTask(db: Db, taskId: string): Promise<CancelResult> {
  return db.transaction(async (tx) => {
    const [task] = await tx.select({ orderId: tasks.orderId, status: tasks.status }).from(tasks).where(eq(tasks.id, taskId)).for('update');
    if (!task) return { ok: false, reason: 'notFound' } as const;
    if (task.status !== 'open') return { ok: false, reason: 'notOpen' } as const;
    const cancelled = await queryRows<{ id: string }>(
      tx as unknown as Db,
      sql`with recursive waiting(id) as (
            select ${taskId}::uuid
            union select tasks.id from tasks join waiting on tasks.depends_on_task_id = waiting.id where tasks.status = 'open'
          )
          update tasks set status = 'cancelled' where id in (select id from waiting) and status = 'open' returning id`,
    );
    return { ok: true, orderId: task.orderId, count: cancelled.length } as const;
  });
}
