import { and, asc, eq, isNull } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { supporterLinks } from '../workers/schema';

/** The workers linked to this supporter with the worker's consent, by name. */
export async function listSupportedWorkers(db: Db, supporterId: string) {
  return db
    .select({ workerId: supporterLinks.workerId, displayName: users.displayName, since: supporterLinks.createdAt, sharesPay: supporterLinks.sharesPay })
    .from(supporterLinks)
    .innerJoin(users, eq(users.id, supporterLinks.workerId))
    .where(and(eq(supporterLinks.supporterId, supporterId), isNull(supporterLinks.revokedAt)))
    .orderBy(asc(users.displayName));
}
