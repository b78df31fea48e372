import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { planOffers } from './schema';

/** notFound: no such offer made to this worker · notOpen: theirs, but answered, withdrawn or its day passed. */
export type AnswerResult = { ok: true } | { ok: false; reason: 'notFound' | 'notOpen' };

/** The result of answering an offer: when the answer changed nothing, whether the offer is theirs at all. */
export async function answerResult(db: Db, workerId: string, offerId: string, changed: boolean): Promise<AnswerResult> {
  if (changed) return { ok: true };
  const [own] = await db
    .select({ id: planOffers.id })
    .from(planOffers)
    .where(and(eq(planOffers.id, offerId), eq(planOffers.workerId, workerId)));
  return { ok: false, reason: own ? 'notOpen' : 'notFound' };
}
