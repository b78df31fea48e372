import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { feePlans } from '../centre-fees/schema';
import { guestProfiles } from './schema';

/** Puts a guest on a fee plan still offered; their next stays are charged by it. */
export async function setGuestFeePlan(db: Db, input: { guestId: string; feePlanId: string; staffId: string }): Promise<'saved' | 'unknownPlan' | 'notFound'> {
  const [plan] = await db.select({ id: feePlans.id }).from(feePlans).where(and(eq(feePlans.id, input.feePlanId), isNull(feePlans.retiredAt)));
  if (!plan) return 'unknownPlan';
  const [updated] = await db.update(guestProfiles).set({ feePlanId: plan.id }).where(eq(guestProfiles.userId, input.guestId)).returning({ userId: guestProfiles.userId });
  if (!updated) return 'notFound';
  await recordAudit(db, { actorId: input.staffId, action: 'guest.feePlan.set', subjectUserId: input.guestId, detail: { feePlanId: plan.id } });
  return 'saved';
}
