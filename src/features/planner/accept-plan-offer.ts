import { and, eq, gte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { todayInJapan } from '../availability/calendar';
import { workPackages } from '../breakdown/schema';
import { issueTermsNotice } from '../terms-notices/issue-terms-notice';
import { answerResult, type AnswerResult } from './answer-result';
import { planOffers } from './schema';

/**
 * The worker accepts an offer made to them, and gets its terms notice in the same transaction.
 * One conditional update: only their own offer, only while it is open and its day has not
 * passed — so a second click, or an offer withdrawn by a newer plan a moment before, changes nothing.
 */
export async function acceptPlanOffer(db: Db, workerId: string, offerId: string, now = new Date()): Promise<AnswerResult> {
  const accepted = await db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [offer] = await db
      .update(planOffers)
      .set({ status: 'accepted', decidedAt: now })
      .where(and(eq(planOffers.id, offerId), eq(planOffers.workerId, workerId), eq(planOffers.status, 'offered'), gte(planOffers.workDate, todayInJapan(now))))
      .returning({ packageId: planOffers.packageId });
    if (!offer) return false;
    const [workPackage] = await db.select({ orderId: workPackages.orderId }).from(workPackages).where(eq(workPackages.id, offer.packageId));
    await issueTermsNotice(db, { workerId, orderId: workPackage!.orderId, source: 'plan_offer', work: { planOfferId: offerId } }, now);
    return true;
  });
  return answerResult(db, workerId, offerId, accepted);
}
