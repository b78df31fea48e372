import type { Db } from '../db/client';
import { auditLog } from './schema';

export type AuditEntry = {
  actorId: string | null;
  /** A verb-like code: 'worker.sensitive.view', 'application.view', 'worker.bank.update', … */
  action: string;
  subjectUserId?: string | null;
  subjectApplicationId?: string | null;
  /** Which fields or what changed — never the sensitive values themselves. */
  detail?: Record<string, unknown>;
};

/** Writes one line to the append-only audit log. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    subjectUserId: entry.subjectUserId ?? null,
    subjectApplicationId: entry.subjectApplicationId ?? null,
    detail: entry.detail ?? null,
  });
}
