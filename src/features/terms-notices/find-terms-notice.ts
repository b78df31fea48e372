import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { withContent } from './list-worker-terms-notices';
import { termsNotices } from './schema';

/**
 * One notice, with the notice it replaces (for changed terms) and the newer one that replaces it,
 * if any. Only when it is this worker's (`workerId`) or on this order (`orderId`): otherwise null,
 * the same answer as for no notice at all.
 */
export async function findTermsNotice(db: Db, id: string, owner: { workerId: string } | { orderId: string }) {
  const [row] = await db
    .select()
    .from(termsNotices)
    .where(and(eq(termsNotices.id, id), 'workerId' in owner ? eq(termsNotices.workerId, owner.workerId) : eq(termsNotices.orderId, owner.orderId)));
  if (!row) return null;
  const [previous] = row.supersedesId
    ? await db.select({ id: termsNotices.id, number: termsNotices.number, content: termsNotices.content }).from(termsNotices).where(eq(termsNotices.id, row.supersedesId))
    : [];
  const [next] = await db
    .select({ id: termsNotices.id, number: termsNotices.number, response: termsNotices.response })
    .from(termsNotices)
    .where(eq(termsNotices.supersedesId, row.id));
  return { ...withContent(row), previous: previous ? withContent(previous) : null, supersededBy: next ?? null };
}

export type FoundTermsNotice = NonNullable<Awaited<ReturnType<typeof findTermsNotice>>>;
