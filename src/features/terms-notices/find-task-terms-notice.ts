import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { termsNotices } from './schema';

/** The id of the latest notice this worker was given for this task, if any (the task page links to it). */
export async function findTaskTermsNoticeId(db: Db, workerId: string, taskId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: termsNotices.id })
    .from(termsNotices)
    .where(and(eq(termsNotices.workerId, workerId), eq(termsNotices.taskId, taskId)))
    .orderBy(desc(termsNotices.issuedAt), desc(termsNotices.number))
    .limit(1);
  return row?.id ?? null;
}
