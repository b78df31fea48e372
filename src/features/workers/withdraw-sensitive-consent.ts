import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { activeSensitiveConsent } from './active-sensitive-consent';
import { consents, workerProfiles } from './schema';

/**
 * The worker withdraws their sensitive-data consent: the consent record keeps when it ended,
 * the sealed disability and health details are erased at once, and so is any consent to show
 * them to a supporter (a later consent and new details do not silently share them again).
 */
export async function withdrawSensitiveConsent(db: Db, workerId: string, now = new Date()) {
  await db.transaction(async (tx) => {
    const ended = await tx
      .update(consents)
      .set({ withdrawnAt: now })
      .where(activeSensitiveConsent(workerId))
      .returning({ textVersion: consents.textVersion });
    await tx.update(workerProfiles).set({ sensitiveEncrypted: null, updatedAt: now }).where(eq(workerProfiles.userId, workerId));
    await tx
      .update(consents)
      .set({ withdrawnAt: now })
      .where(and(eq(consents.userId, workerId), eq(consents.purpose, 'supporter_sensitive'), isNull(consents.withdrawnAt)));
    if (ended.length === 0) return;
    await recordAudit(tx, { actorId: workerId, action: 'worker.consent.withdraw', subjectUserId: workerId, detail: { purpose: 'sensitive_data' } });
  });
}
