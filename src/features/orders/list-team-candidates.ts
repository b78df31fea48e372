import { and, asc, eq, inArray, isNull, ne, notExists, sql } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { workerProfiles } from '../workers/schema';
import { orderTeamMembers } from './schema';

/** The roles whose people can be on a team: they take tasks, and leaders also review. */
export const teamAccountRoles = ['worker', 'leader', 'trainee'] as const;

/**
 * People who may join the order's team: enabled worker, leader or trainee accounts with a worker
 * profile that is not retired, not on the team yet; by name. With `userId`, only that person.
 */
export async function listTeamCandidates(db: Db, orderId: string, userId?: string) {
  return db
    .select({ id: users.id, displayName: users.displayName, loginId: users.loginId, role: users.role })
    .from(users)
    .innerJoin(workerProfiles, eq(workerProfiles.userId, users.id))
    .where(
      and(
        userId ? eq(users.id, userId) : undefined,
        inArray(users.role, teamAccountRoles),
        isNull(users.disabledAt),
        ne(workerProfiles.status, 'retired'),
        notExists(
          db
            .select({ one: sql`1` })
            .from(orderTeamMembers)
            .where(and(eq(orderTeamMembers.orderId, orderId), eq(orderTeamMembers.userId, users.id))),
        ),
      ),
    )
    .orderBy(asc(users.displayName), asc(users.loginId));
}

export type TeamCandidate = Awaited<ReturnType<typeof listTeamCandidates>>[number];
