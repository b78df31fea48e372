import { desc, eq } from 'drizzle-orm';
import { auditLog } from '../../audit/schema';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';

/** Who viewed or changed a worker's data, and when, newest first. */
export async function listWorkerAudit(db: Db, workerId: string, limit = 500) {
  return db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, actorName: users.displayName, detail: auditLog.detail })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(eq(auditLog.subjectUserId, workerId))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
