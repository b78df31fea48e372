import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { answerResult, type AnswerResult } from './answer-result';
import { planOffers } from './schema';

/**
 * The worker declines an offer made to them, with a note only if they want to give one. Never
 * a mark against them: the next plan simply does not offer them that work on that day again.
 * One conditional update, like accepting.
 */
export async function declinePlanOffer(db: Db, workerId: string, offerId: string, note: string | null, now = new Date()): Promise<AnswerResult> {
  const [declined] = await db
    .update(planOffers)
    .set({ status: 'declined', decidedAt: now, declineNote: note })
    .where(and(eq(planOffers.id, offerId), eq(planOffers.workerId, workerId), eq(planOffers.status, 'offered')))
    .returning({ id: planOffers.id });
  return answerResult(db, workerId, offerId, declined !== undefined);
}
