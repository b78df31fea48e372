import { and, eq } from 'drizzle-orm';
import { can, type Actor } from '../../auth/policy';
import type { Db } from '../../db/client';
import { orders, orderTeamMembers, type TeamRole } from '../orders/schema';

/** Staff who run orders (orders.manage) or look after workers (workers.manage) read and write every team's page. */
export function isTeamStaff(actor: Actor): boolean {
  return can(actor, 'orders.manage') || can(actor, 'workers.manage');
}

export type TeamOrder = {
  id: string;
  title: string;
  confidentiality: 'anywhere' | 'centre_only' | 'nda';
  /** The actor's place on the team; null for staff who are not on it. */
  teamRole: TeamRole | null;
  staff: boolean;
};

/**
 * The order whose team page this person may open: they are on its team (leader, member or
 * trainee), or they are staff. Anyone else gets undefined, which the routes answer as not found.
 */
export async function findTeamOrder(db: Db, actor: Actor, orderId: string): Promise<TeamOrder | undefined> {
  const [row] = await db
    .select({ id: orders.id, title: orders.title, confidentiality: orders.confidentiality, teamRole: orderTeamMembers.role })
    .from(orders)
    .leftJoin(orderTeamMembers, and(eq(orderTeamMembers.orderId, orders.id), eq(orderTeamMembers.userId, actor.id)))
    .where(eq(orders.id, orderId));
  if (!row) return undefined;
  const staff = isTeamStaff(actor);
  if (!row.teamRole && !staff) return undefined;
  return { ...row, staff };
}
