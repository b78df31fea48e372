import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { activeSensitiveConsent } from './active-sensitive-consent';
import { consentTexts } from './consent-texts';
import { consents } from './schema';

/** The worker agrees to the current sensitive-data text; nothing changes if they already have. */
export async function giveSensitiveConsent(db: Db, workerId: string, now = new Date()) {
  await db.transaction(async (tx) => {
    const active = await tx
      .select({ id: consents.id })
      .from(consents)
      .where(activeSensitiveConsent(workerId));
    if (active.length > 0) return;
    const textVersion = consentTexts.sensitive_data.version;
    await tx.insert(consents).values({ userId: workerId, purpose: 'sensitive_data', textVersion, givenAt: now });
    await recordAudit(tx, { actorId: workerId, action: 'worker.consent.give', subjectUserId: workerId, detail: { purpose: 'sensitive_data', textVersion } });
  });
}
