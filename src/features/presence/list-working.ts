import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { orderTeamMembers } from '../orders/schema';
import { presence } from './schema';

export type Working = { orderId: string; userId: string; displayName: string; since: Date; until: Date };

/** Who is working now on these orders: team members who chose to show it, while their time lasts. */
export async function listWorking(db: Db, orderIds: string[], now = new Date()): Promise<Working[]> {
  if (orderIds.length === 0) return [];
  return db
    .select({ orderId: presence.orderId, userId: presence.userId, displayName: users.displayName, since: presence.since, until: presence.until })
    .from(presence)
    .innerJoin(users, eq(users.id, presence.userId))
    // Someone taken off the team stops showing there at once.
    .innerJoin(orderTeamMembers, and(eq(orderTeamMembers.orderId, presence.orderId), eq(orderTeamMembers.userId, presence.userId)))
    .where(and(inArray(presence.orderId, orderIds), gt(presence.until, now)))
    .orderBy(asc(presence.since), asc(users.displayName));
}
