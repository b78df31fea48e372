import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Role } from '../../auth/roles';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { notify } from '../notifications/notify';
import { workerProfiles, workerStatusChanges } from '../workers/schema';
import { rolePromotions, type PromotionDecision } from './schema';

/**
 * Signs a proposal off or declines it. Approving changes the person's role in the same
 * transaction, under a lock on their row, and only while their role is still the one proposed
 * from (anything else means it changed meanwhile, and the proposal no longer fits). A trainee
 * becoming a worker leaves training in the registry too (status active), as a status change
 * would. The person and the proposer are told either way. Sessions read the role on each
 * request, so the new role holds from the person's next page.
 */
export async function decidePromotion(
  db: Db,
  input: { promotionId: string; decision: PromotionDecision; note: string | null; deciderId: string },
  now = new Date(),
): Promise<{ ok: true; userId: string } | { ok: false; problem: 'notFound' | 'decided' } | { ok: false; problem: 'roleChanged'; role: Role }> {
  return db.transaction(async (tx) => {
    const [promotion] = await tx.select().from(rolePromotions).where(eq(rolePromotions.id, input.promotionId)).for('update');
    if (!promotion) return { ok: false, problem: 'notFound' } as const;
    if (promotion.decision) return { ok: false, problem: 'decided' } as const;
    if (input.decision === 'approved') {
      // The profile first, then the account: the order a status change takes its locks in.
      const [profile] = await tx.select({ status: workerProfiles.status }).from(workerProfiles).where(eq(workerProfiles.userId, promotion.userId)).for('update');
      const [person] = await tx.select({ role: users.role }).from(users).where(eq(users.id, promotion.userId)).for('update');
      if (person!.role !== promotion.fromRole) return { ok: false, problem: 'roleChanged', role: person!.role } as const;
      await tx.update(users).set({ role: promotion.toRole }).where(eq(users.id, promotion.userId));
      if (promotion.toRole === 'worker' && profile?.status === 'trainee') {
        await tx.update(workerProfiles).set({ status: 'active', updatedAt: now }).where(eq(workerProfiles.userId, promotion.userId));
        await tx.insert(workerStatusChanges).values({ userId: promotion.userId, fromStatus: 'trainee', toStatus: 'active', reason: promotion.reason, changedBy: input.deciderId, changedAt: now });
      }
    }
    await tx
      .update(rolePromotions)
      .set({ decision: input.decision, decidedBy: input.deciderId, decidedAt: now, decisionNote: input.note })
      .where(eq(rolePromotions.id, promotion.id));
    const [person] = await tx.select({ displayName: users.displayName }).from(users).where(eq(users.id, promotion.userId));
    const approved = input.decision === 'approved';
    await notify(tx, [promotion.userId], { key: approved ? `promotions.notice.approved.${promotion.toRole as 'worker' | 'leader' | 'director'}` : 'promotions.notice.declined', link: '/me/progress' }, now);
    if (promotion.proposedBy && promotion.proposedBy !== promotion.userId) {
      await notify(
        tx,
        [promotion.proposedBy],
        { key: approved ? 'promotions.notice.proposerApproved' : 'promotions.notice.proposerDeclined', params: { name: person!.displayName }, link: `/people/${promotion.userId}/progress` },
        now,
      );
    }
    await recordAudit(tx, {
      actorId: input.deciderId,
      action: approved ? 'promotion.approve' : 'promotion.decline',
      subjectUserId: promotion.userId,
      detail: { from: promotion.fromRole, to: promotion.toRole },
    });
    return { ok: true, userId: promotion.userId } as const;
  });
}
