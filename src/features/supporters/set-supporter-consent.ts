import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { consents, supporterLinks } from '../workers/schema';
import { consentTexts } from '../workers/consent-texts';

/** The consents a worker gives or withdraws for one linked supporter at a time, and their audit names. */
export const supporterSharing = {
  supporter_sensitive: 'supporter.sensitive',
  supporter_check_ins: 'supporter.checkIns',
} as const;

export type SupporterSharingPurpose = keyof typeof supporterSharing;

export type SetSupporterConsentResult = { ok: true } | { ok: false; reason: 'noLink' | 'nothingToShare' };

/**
 * The worker lets a linked supporter see something more (a consent for this supporter), or stops
 * it (the consent is withdrawn). Needs an active link; `mayShare` can refuse a new consent
 * (nothing to share yet). Audited as `<name>.allow` or `<name>.stop`.
 */
export async function setSupporterConsent(
  db: Db,
  change: { workerId: string; supporterId: string; purpose: SupporterSharingPurpose; share: boolean; mayShare?: (tx: Db) => Promise<boolean> },
  now = new Date(),
): Promise<SetSupporterConsentResult> {
  const { workerId, supporterId, purpose, share } = change;
  return db.transaction(async (tx) => {
    const activeLink = and(eq(supporterLinks.workerId, workerId), eq(supporterLinks.supporterId, supporterId), isNull(supporterLinks.revokedAt));
    // Locks the link, so two clicks at once cannot give two consents.
    const [link] = await tx.select({ id: supporterLinks.id }).from(supporterLinks).where(activeLink).for('update');
    if (!link) return { ok: false, reason: 'noLink' };
    const active = and(eq(consents.userId, workerId), eq(consents.supporterId, supporterId), eq(consents.purpose, purpose), isNull(consents.withdrawnAt));
    const [current] = await tx.select({ id: consents.id }).from(consents).where(active).limit(1);
    if (share === (current !== undefined)) return { ok: true };
    if (share) {
      if (change.mayShare && !(await change.mayShare(tx as unknown as Db))) return { ok: false, reason: 'nothingToShare' };
      await tx.insert(consents).values({ userId: workerId, purpose, supporterId, textVersion: consentTexts[purpose].version, givenAt: now });
    } else {
      await tx.update(consents).set({ withdrawnAt: now }).where(active);
    }
    await recordAudit(tx as unknown as Db, {
      actorId: workerId,
      action: `${supporterSharing[purpose]}.${share ? 'allow' : 'stop'}`,
      subjectUserId: workerId,
      detail: { supporterId },
    });
    return { ok: true };
  });
}
