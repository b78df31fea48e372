import { asc, eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { orderTeamMembers } from '../orders/schema';

export type TeamMember = { id: string; displayName: string; role: 'leader' | 'member' | 'trainee' };

/** The people on an order's team, leaders first: those who may be told of a post. */
export async function listTeamMembers(db: Db, orderId: string): Promise<TeamMember[]> {
  return db
    .select({ id: users.id, displayName: users.displayName, role: orderTeamMembers.role })
    .from(orderTeamMembers)
    .innerJoin(users, eq(users.id, orderTeamMembers.userId))
    .where(eq(orderTeamMembers.orderId, orderId))
    .orderBy(asc(orderTeamMembers.role), asc(users.displayName));
}
