import { and, asc, eq, exists, notInArray, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/policy';
import type { Db } from '../../db/client';
import { sites } from '../centre/schema';
import { orders, orderTeamMembers } from '../orders/schema';

/**
 * The orders whose team this person may address: a leader only the orders whose team they lead,
 * other publishers every order that has a team. Closed and lost orders are over and left out.
 */
export async function teamOrdersFor(db: Db, actor: Actor): Promise<{ id: string; title: string }[]> {
  const member = actor.role === 'leader' ? and(eq(orderTeamMembers.userId, actor.id), eq(orderTeamMembers.role, 'leader')) : sql`true`;
  return db
    .select({ id: orders.id, title: orders.title })
    .from(orders)
    .where(
      and(
        notInArray(orders.status, ['closed', 'lost']),
        exists(db.select({ one: sql`1` }).from(orderTeamMembers).where(and(eq(orderTeamMembers.orderId, orders.id), member))),
      ),
    )
    .orderBy(asc(orders.title));
}

/** The centre's sites, to address the people who use one. */
export async function listSiteChoices(db: Db): Promise<{ id: string; name: string }[]> {
  return db.select({ id: sites.id, name: sites.name }).from(sites).orderBy(asc(sites.name));
}
