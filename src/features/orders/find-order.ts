import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { clients } from '../clients/schema';
import { listTeamCandidates } from './list-team-candidates';
import { ndaSignatures, orders, orderStatusChanges, orderTeamMembers, quoteItems } from './schema';

/**
 * Everything the order page shows: the order and its client, its status history (oldest first),
 * quote lines, team (leaders first, each with their NDA with this client, if any) and the
 * people who could still join the team; null for an unknown order.
 */
export async function findOrder(db: Db, id: string) {
  const [row] = await db
    .select({ order: orders, clientName: clients.name, clientStatus: clients.status })
    .from(orders)
    .innerJoin(clients, eq(clients.id, orders.clientId))
    .where(eq(orders.id, id));
  if (!row) return null;
  const history = await db
    .select({ change: orderStatusChanges, changedByName: users.displayName })
    .from(orderStatusChanges)
    .leftJoin(users, eq(users.id, orderStatusChanges.changedBy))
    .where(eq(orderStatusChanges.orderId, id))
    .orderBy(asc(orderStatusChanges.changedAt), asc(orderStatusChanges.id));
  const items = await db.select().from(quoteItems).where(eq(quoteItems.orderId, id)).orderBy(asc(quoteItems.position));
  const member = alias(users, 'member');
  const team = await db
    .select({
      userId: orderTeamMembers.userId,
      role: orderTeamMembers.role,
      displayName: member.displayName,
      loginId: member.loginId,
      ndaSignedOn: ndaSignatures.signedOn,
      ndaValidUntil: ndaSignatures.validUntil,
    })
    .from(orderTeamMembers)
    .innerJoin(member, eq(member.id, orderTeamMembers.userId))
    .leftJoin(ndaSignatures, and(eq(ndaSignatures.userId, orderTeamMembers.userId), eq(ndaSignatures.clientId, row.order.clientId)))
    .where(eq(orderTeamMembers.orderId, id))
    .orderBy(asc(orderTeamMembers.role), asc(member.displayName));
  return {
    ...row,
    history: history.map((entry) => ({ ...entry.change, changedByName: entry.changedByName })),
    items,
    team,
    candidates: await listTeamCandidates(db, id),
  };
}

export type OrderDetails = NonNullable<Awaited<ReturnType<typeof findOrder>>>;
