import { and, desc, eq, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { termsNoticeContentSchema } from './content';
import { termsNotices } from './schema';

/**
 * The training rate (OJT) of the terms in force between this worker and the order: those of the
 * latest notice that needed no agreement or that they agreed to — changed terms apply only once
 * agreed, so a lower rate is never paid without it. Null when those terms state no training rate;
 * undefined when the worker was never given a notice on the order.
 */
export async function findAgreedTrainingRate(db: Db, workerId: string, orderId: string): Promise<number | null | undefined> {
  const [notice] = await db
    .select({ content: termsNotices.content })
    .from(termsNotices)
    .where(
      and(
        eq(termsNotices.workerId, workerId),
        eq(termsNotices.orderId, orderId),
        or(eq(termsNotices.requiresAgreement, false), eq(termsNotices.response, 'agreed')),
      ),
    )
    .orderBy(desc(termsNotices.issuedAt), desc(termsNotices.number))
    .limit(1);
  return notice ? (termsNoticeContentSchema.parse(notice.content).terms.trainingRatePercent ?? null) : undefined;
}
