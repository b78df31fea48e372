import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { activeConsent } from './active-consent';
import { consentTexts, type OwnConsentPurpose } from './consent-texts';
import { consents, workerProfiles } from './schema';

/** The worker agrees to the current text of a purpose; nothing changes if they already have. */
export async function giveConsent(db: Db, workerId: string, purpose: OwnConsentPurpose, now = new Date()) {
  await db.transaction(async (tx) => {
    // Holds a second click or tab until this one is done, so it finds the consent and adds no other.
    await tx.select({ id: workerProfiles.userId }).from(workerProfiles).where(eq(workerProfiles.userId, workerId)).for('update');
    const active = await tx.select({ id: consents.id }).from(consents).where(activeConsent(workerId, purpose));
    if (active.length > 0) return;
    const textVersion = consentTexts[purpose].version;
    await tx.insert(consents).values({ userId: workerId, purpose, textVersion, givenAt: now });
    await recordAudit(tx, { actorId: workerId, action: 'worker.consent.give', subjectUserId: workerId, detail: { purpose, textVersion } });
  });
}
