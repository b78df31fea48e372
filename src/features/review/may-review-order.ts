import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { can, type Actor } from '../../auth/policy';
import { orderTeamMembers } from '../orders/schema';

/** Whether the user is a leader on the order's team. */
export async function leadsOrderTeam(db: Db, userId: string, orderId: string): Promise<boolean> {
  const [row] = await db
    .select({ orderId: orderTeamMembers.orderId })
    .from(orderTeamMembers)
    .where(and(eq(orderTeamMembers.orderId, orderId), eq(orderTeamMembers.userId, userId), eq(orderTeamMembers.role, 'leader')));
  return row !== undefined;
}

/** Whether the user may review this order's work and see its progress (a leader only where they lead). */
export async function mayReviewOrder(db: Db, actor: Actor, orderId: string): Promise<boolean> {
  if (!can(actor, 'orders.review')) return false;
  return can(actor, 'orders.review', { kind: 'orderReview', leadsTeam: await leadsOrderTeam(db, actor.id, orderId) });
}

/**
 * True for an order (in a query over `orders`) this user may review: every order when the policy
 * allows it without leading the team, otherwise only orders whose team they lead.
 */
export function reviewableOrder(actor: Actor): SQL {
  if (can(actor, 'orders.review', { kind: 'orderReview', leadsTeam: false })) return sql`true`;
  if (!can(actor, 'orders.review', { kind: 'orderReview', leadsTeam: true })) return sql`false`;
  return sql`exists (select 1 from order_team_members lead
    where lead.order_id = orders.id and lead.user_id = ${actor.id} and lead.role = 'leader')`;
}
