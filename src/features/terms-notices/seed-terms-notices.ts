import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { notifications } from '../notifications/schema';
import { issueTermsNotice } from './issue-terms-notice';
import { respondToTermsNotice } from './respond-to-terms-notice';

/**
 * The notices the demo's work would have been given: one for each task a demo worker holds or
 * has handed in, dated when they took it. Work already handed in was acknowledged back then (and
 * its notification read); a task still held waits for its worker to read the notice.
 */
export async function seedDemoTermsNotices(db: Db): Promise<void> {
  const taken = await queryRows<{ workerId: string; taskId: string; orderId: string; takenAt: Date; held: boolean }>(
    db,
    sql`select work.worker_id as "workerId", work.task_id as "taskId", tasks.order_id as "orderId",
          min(work.taken_at) as "takenAt", bool_or(tasks.status = 'held') as held
        from (
          select worker_id, task_id, started_at as taken_at from task_holds
          union all
          select worker_id, task_id, submitted_at - interval '2 hours' from submissions
        ) work join tasks on tasks.id = work.task_id
        group by work.worker_id, work.task_id, tasks.order_id
        order by min(work.taken_at)`,
  );
  const acknowledged: string[] = [];
  for (const work of taken) {
    const takenAt = new Date(work.takenAt);
    const notice = await issueTermsNotice(db, { workerId: work.workerId, orderId: work.orderId, source: 'task_taken', work: { taskIds: [work.taskId] } }, takenAt);
    if (work.held) continue;
    await respondToTermsNotice(db, work.workerId, notice.id, 'acknowledged', new Date(takenAt.getTime() + 10 * 60_000));
    acknowledged.push(`/me/terms/${notice.id}`);
  }
  if (acknowledged.length) {
    await db
      .update(notifications)
      .set({ readAt: sql`${notifications.createdAt} + interval '10 minutes'` })
      .where(and(eq(notifications.messageKey, 'notification.termsIssued'), inArray(notifications.link, acknowledged)));
  }
}
