import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { ndaSignatures, orders, orderTeamMembers } from './schema';
import type { NdaInput } from './validation';

/**
 * Records that a team member signed an NDA with the order's client; recording again for the
 * same person and client replaces the earlier dates. False when the person is not on the team.
 */
export async function recordNda(db: Db, actorId: string, orderId: string, input: NdaInput): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({ clientId: orders.clientId })
      .from(orderTeamMembers)
      .innerJoin(orders, eq(orders.id, orderTeamMembers.orderId))
      .where(and(eq(orderTeamMembers.orderId, orderId), eq(orderTeamMembers.userId, input.userId)));
    if (!member) return false;
    const dates = { signedOn: input.signedOn, validUntil: input.validUntil, recordedBy: actorId, recordedAt: new Date() };
    await tx
      .insert(ndaSignatures)
      .values({ userId: input.userId, clientId: member.clientId, ...dates })
      .onConflictDoUpdate({ target: [ndaSignatures.userId, ndaSignatures.clientId], set: dates });
    await recordAudit(tx as unknown as Db, { actorId, action: 'order.nda.record', subjectUserId: input.userId, detail: { orderId, clientId: member.clientId } });
    return true;
  });
}
