import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { listTeamCandidates } from './list-team-candidates';
import { orderTeamMembers, type TeamRole } from './schema';

/**
 * Puts a worker on the order's team; `notCandidate` for someone who cannot join (or is already on
 * it). Without a role, a trainee account joins in the trainee role (OJT: always reviewed, paid the
 * training rate) and anyone else as a member.
 */
export async function addTeamMember(
  db: Db,
  actorId: string,
  orderId: string,
  member: { userId: string; role: TeamRole | null },
): Promise<'ok' | 'notCandidate'> {
  return db.transaction(async (tx) => {
    const [candidate] = await listTeamCandidates(tx as unknown as Db, orderId, member.userId);
    if (!candidate) return 'notCandidate';
    const role = member.role ?? (candidate.role === 'trainee' ? 'trainee' : 'member');
    const added = await tx
      .insert(orderTeamMembers)
      .values({ orderId, userId: member.userId, role, addedBy: actorId })
      .onConflictDoNothing()
      .returning({ userId: orderTeamMembers.userId });
    if (added.length === 0) return 'notCandidate';
    await recordAudit(tx as unknown as Db, { actorId, action: 'order.team.add', subjectUserId: member.userId, detail: { orderId, role } });
    return 'ok';
  });
}
