import { desc, eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { noticeListColumns, withContent } from './list-worker-terms-notices';
import { termsNotices } from './schema';

/** Every notice issued on an order, newest first, with the worker's name (for staff). */
export async function listOrderTermsNotices(db: Db, orderId: string) {
  const rows = await db
    .select({ ...noticeListColumns, workerName: users.displayName })
    .from(termsNotices)
    .innerJoin(users, eq(users.id, termsNotices.workerId))
    .where(eq(termsNotices.orderId, orderId))
    .orderBy(desc(termsNotices.issuedAt), desc(termsNotices.number));
  return rows.map(withContent);
}
