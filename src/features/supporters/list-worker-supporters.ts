import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { supporterLinks } from '../workers/schema';
import { listPendingProposals } from './proposals';
import { sharesSensitiveColumn, sharesWithSupporterColumn } from './shares-sensitive';

export type WorkerSupporters = {
  active: { supporterId: string; displayName: string; loginId: string; since: Date; sharesPay: boolean; sharesSensitive: boolean; sharesCheckIns: boolean }[];
  pending: { supporterId: string; displayName: string; loginId: string; proposedAt: Date }[];
};

/** A worker's supporters: those linked with consent, and those proposed and waiting for an answer. */
export async function listWorkerSupporters(db: Db, workerId: string): Promise<WorkerSupporters> {
  const [active, proposals] = await Promise.all([
    db
      .select({ supporterId: supporterLinks.supporterId, displayName: users.displayName, loginId: users.loginId, since: supporterLinks.createdAt, sharesPay: supporterLinks.sharesPay, sharesSensitive: sharesSensitiveColumn, sharesCheckIns: sharesWithSupporterColumn('supporter_check_ins') })
      .from(supporterLinks)
      .innerJoin(users, eq(users.id, supporterLinks.supporterId))
      .where(and(eq(supporterLinks.workerId, workerId), isNull(supporterLinks.revokedAt)))
      .orderBy(asc(supporterLinks.createdAt)),
    listPendingProposals(db, workerId),
  ]);
  const linked = new Set(active.map((link) => link.supporterId));
  const waiting = proposals.filter((proposal) => !linked.has(proposal.supporterId));
  const people =
    waiting.length === 0
      ? []
      : await db
          .select({ id: users.id, displayName: users.displayName, loginId: users.loginId })
          .from(users)
          .where(and(inArray(users.id, waiting.map((proposal) => proposal.supporterId)), eq(users.role, 'supporter'), isNull(users.disabledAt)));
  const byId = new Map(people.map((person) => [person.id, person]));
  const pending = waiting.flatMap((proposal) => {
    const person = byId.get(proposal.supporterId);
    return person ? [{ supporterId: person.id, displayName: person.displayName, loginId: person.loginId, proposedAt: proposal.proposedAt }] : [];
  });
  return { active, pending };
}
