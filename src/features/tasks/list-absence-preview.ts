import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import type { AbsenceResult } from './declare-absence';

/** What "I can't work today" would return: every task the worker holds now, and how many offers wait for them. */
export async function listAbsencePreview(db: Db, workerId: string): Promise<{ held: AbsenceResult['returned']; offers: number }> {
  const held = await queryRows<AbsenceResult['returned'][number]>(
    db,
    sql`select tasks.id as "taskId", tasks.title, orders.title as "orderTitle"
        from task_holds join tasks on tasks.id = task_holds.task_id join orders on orders.id = tasks.order_id
        where task_holds.worker_id = ${workerId} and task_holds.ended_at is null
        order by orders.number, tasks.title`,
  );
  const [offers] = await queryRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from task_offers where worker_id = ${workerId} and responded_at is null`,
  );
  return { held, offers: offers?.count ?? 0 };
}
