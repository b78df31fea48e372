import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { orderTeamMembers, type TeamRole } from './schema';

/** Makes a team member a leader or a plain member; false when they are not on the team. */
export async function setTeamRole(db: Db, actorId: string, orderId: string, userId: string, role: TeamRole): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [changed] = await tx
      .update(orderTeamMembers)
      .set({ role })
      .where(and(eq(orderTeamMembers.orderId, orderId), eq(orderTeamMembers.userId, userId)))
      .returning({ userId: orderTeamMembers.userId });
    if (!changed) return false;
    await recordAudit(tx as unknown as Db, { actorId, action: 'order.team.role', subjectUserId: userId, detail: { orderId, role } });
    return true;
  });
}
