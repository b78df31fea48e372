import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { issueTermsChangeNotices } from '../terms-notices/issue-terms-change-notices';
import { orderTeamMembers, type TeamRole } from './schema';

/**
 * Makes a team member a leader, a member or a trainee (OJT); false when they are not on the team.
 * Becoming a trainee or no longer being one changes the rate their current work pays, so in the
 * same transaction they are asked to agree to the changed terms (issueTermsChangeNotices).
 */
export async function setTeamRole(db: Db, actorId: string, orderId: string, userId: string, role: TeamRole, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [before] = await db
      .select({ role: orderTeamMembers.role })
      .from(orderTeamMembers)
      .where(and(eq(orderTeamMembers.orderId, orderId), eq(orderTeamMembers.userId, userId)))
      .for('update');
    if (!before) return false;
    await db
      .update(orderTeamMembers)
      .set({ role })
      .where(and(eq(orderTeamMembers.orderId, orderId), eq(orderTeamMembers.userId, userId)));
    await recordAudit(db, { actorId, action: 'order.team.role', subjectUserId: userId, detail: { orderId, role } });
    if ((before.role === 'trainee') !== (role === 'trainee')) await issueTermsChangeNotices(db, orderId, actorId, now);
    return true;
  });
}
