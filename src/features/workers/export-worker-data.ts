import { asc, eq } from 'drizzle-orm';
import { auditLog } from '../../audit/schema';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { consents } from './schema';
import { findWorkerProfile } from './find-worker-profile';

/**
 * All of one worker's own data, for them to download: profile (with what is sealed opened),
 * skills, consents, status history and every audit entry about them. The download is audited.
 */
export async function exportWorkerData(db: Db, encryptionKey: Buffer, workerId: string) {
  const profile = await findWorkerProfile(db, encryptionKey, workerId);
  if (!profile) return undefined;
  const { skills, statusHistory, sensitiveConsent: _, activeConsents: __, ...rest } = profile;
  await recordAudit(db, { actorId: workerId, action: 'worker.data.export', subjectUserId: workerId });
  const consentRecords = await db
    .select({ purpose: consents.purpose, textVersion: consents.textVersion, givenAt: consents.givenAt, withdrawnAt: consents.withdrawnAt })
    .from(consents)
    .where(eq(consents.userId, workerId))
    .orderBy(asc(consents.givenAt));
  const auditEntries = await db
    .select({ at: auditLog.at, action: auditLog.action, actorId: auditLog.actorId, detail: auditLog.detail })
    .from(auditLog)
    .where(eq(auditLog.subjectUserId, workerId))
    .orderBy(asc(auditLog.id));
  return { exportedAt: new Date(), profile: rest, skills, consents: consentRecords, statusHistory, auditEntries };
}
