import { and, asc, eq, inArray } from 'drizzle-orm';
import { auditLog } from '../../audit/schema';
import type { Db } from '../../db/client';

export const requestActions = ['worker.request.correction', 'worker.request.deletion'] as const;

/**
 * A worker's correction and deletion requests that staff have not marked as handled. Both live
 * in the audit log: a 'worker.request.resolved' entry names the request it closes.
 */
export async function listOpenRequests(db: Db, workerId: string) {
  const entries = await db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.subjectUserId, workerId), inArray(auditLog.action, [...requestActions, 'worker.request.resolved'])))
    .orderBy(asc(auditLog.id));
  const resolved = new Set(entries.filter((entry) => entry.action === 'worker.request.resolved').map((entry) => entry.detail?.requestId));
  return entries
    .filter((entry) => entry.action !== 'worker.request.resolved' && !resolved.has(entry.id))
    .map((entry) => ({
      id: entry.id,
      at: entry.at,
      kind: entry.action === 'worker.request.deletion' ? ('deletion' as const) : ('correction' as const),
      body: typeof entry.detail?.body === 'string' ? entry.detail.body : '',
    }));
}
