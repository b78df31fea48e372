import { asc, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { rolePromotions } from './schema';

export type PromotionEntry = Awaited<ReturnType<typeof listPromotions>>[number];

/**
 * Proposals with the names of the person, the proposer and the decider: one person's history
 * (newest first), one proposal, or every open one (oldest first, as they wait).
 */
export async function listPromotions(db: Db, which: { userId: string } | { promotionId: string } | { open: true }) {
  const person = alias(users, 'person');
  const proposer = alias(users, 'proposer');
  const decider = alias(users, 'decider');
  const where: SQL | undefined =
    'userId' in which ? eq(rolePromotions.userId, which.userId) : 'promotionId' in which ? eq(rolePromotions.id, which.promotionId) : isNull(rolePromotions.decision);
  return db
    .select({
      id: rolePromotions.id,
      userId: rolePromotions.userId,
      personName: person.displayName,
      fromRole: rolePromotions.fromRole,
      toRole: rolePromotions.toRole,
      reason: rolePromotions.reason,
      proposerName: proposer.displayName,
      proposedAt: rolePromotions.proposedAt,
      decision: rolePromotions.decision,
      deciderName: decider.displayName,
      decidedAt: rolePromotions.decidedAt,
      decisionNote: rolePromotions.decisionNote,
    })
    .from(rolePromotions)
    .innerJoin(person, eq(person.id, rolePromotions.userId))
    .leftJoin(proposer, eq(proposer.id, rolePromotions.proposedBy))
    .leftJoin(decider, eq(decider.id, rolePromotions.decidedBy))
    .where(where)
    .orderBy('open' in which ? asc(rolePromotions.proposedAt) : desc(rolePromotions.proposedAt), asc(rolePromotions.id));
}
