import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { activeConsent } from './active-consent';
import type { OwnConsentPurpose } from './consent-texts';
import { consents, workerProfiles } from './schema';

/**
 * The worker withdraws a consent; the consent record keeps when it ended. Withdrawing the
 * sensitive-data consent also erases the sealed disability and health details at once, and any
 * consent to show them to a supporter (a later consent and new details do not silently share
 * them again). Withdrawing the statistics consent only stops them being counted from now on.
 */
export async function withdrawConsent(db: Db, workerId: string, purpose: OwnConsentPurpose, now = new Date()) {
  await db.transaction(async (tx) => {
    const ended = await tx.update(consents).set({ withdrawnAt: now }).where(activeConsent(workerId, purpose)).returning({ id: consents.id });
    if (purpose === 'sensitive_data') {
      await tx.update(workerProfiles).set({ sensitiveEncrypted: null, updatedAt: now }).where(eq(workerProfiles.userId, workerId));
      await tx
        .update(consents)
        .set({ withdrawnAt: now })
        .where(and(eq(consents.userId, workerId), eq(consents.purpose, 'supporter_sensitive'), isNull(consents.withdrawnAt)));
    }
    if (ended.length === 0) return;
    await recordAudit(tx, { actorId: workerId, action: 'worker.consent.withdraw', subjectUserId: workerId, detail: { purpose } });
  });
}
