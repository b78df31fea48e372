import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { groupBy } from '../../group-by';
import { buildTermsNoticeContent, sameTerms, termsNoticeContentSchema } from './content';
import { gatherTermsNoticeFacts } from './gather-terms-notice-facts';
import { issueTermsNotice } from './issue-terms-notice';
import { termsNotices } from './schema';

/**
 * After an order's terms were changed (in the same transaction): each worker who holds one of its
 * tasks or has one handed in and waiting gets a `terms_change` notice covering that work, which
 * needs their agreement and supersedes their latest notice on the order. Their earlier terms stand
 * until they agree. Workers whose stated terms did not change get nothing. Returns how many were issued.
 */
export async function issueTermsChangeNotices(db: Db, orderId: string, changedBy: string | null, now = new Date()): Promise<number> {
  const working = await queryRows<{ workerId: string; taskId: string }>(
    db,
    sql`select task_holds.worker_id as "workerId", tasks.id as "taskId"
        from tasks join task_holds on task_holds.task_id = tasks.id and task_holds.ended_at is null
        where tasks.order_id = ${orderId} and tasks.status = 'held'
        union
        select submissions.worker_id, tasks.id
        from tasks join submissions on submissions.task_id = tasks.id and submissions.decision is null
        where tasks.order_id = ${orderId} and tasks.status = 'handed_in'`,
  );
  let issued = 0;
  for (const [workerId, rows] of groupBy(working, (row) => row.workerId)) {
    const taskIds = rows.map((row) => row.taskId);
    const content = buildTermsNoticeContent(await gatherTermsNoticeFacts(db, workerId, orderId, { taskIds }, now));
    const [latest] = await db
      .select({ id: termsNotices.id, content: termsNotices.content })
      .from(termsNotices)
      .where(and(eq(termsNotices.workerId, workerId), eq(termsNotices.orderId, orderId)))
      .orderBy(desc(termsNotices.issuedAt), desc(termsNotices.number))
      .limit(1);
    if (latest && sameTerms(termsNoticeContentSchema.parse(latest.content).terms, content.terms)) continue;
    await issueTermsNotice(db, { workerId, orderId, source: 'terms_change', work: { taskIds }, issuedBy: changedBy, supersedesId: latest?.id ?? null, content }, now);
    issued++;
  }
  return issued;
}
