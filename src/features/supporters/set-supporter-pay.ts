import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { consents, supporterLinks } from '../workers/schema';
import { consentTexts } from '../workers/consent-texts';

/**
 * The worker lets a linked supporter see their pay (a 'supporter_pay' consent and `shares_pay`),
 * or stops it (the consent is withdrawn). False when there is no active link to change.
 */
export async function setSupporterPay(db: Db, workerId: string, supporterId: string, share: boolean, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const activeLink = and(eq(supporterLinks.workerId, workerId), eq(supporterLinks.supporterId, supporterId), isNull(supporterLinks.revokedAt));
    // Locks the link, so two clicks at once cannot give two pay consents.
    const [link] = await tx.select({ id: supporterLinks.id, sharesPay: supporterLinks.sharesPay }).from(supporterLinks).where(activeLink).for('update');
    if (!link) return false;
    if (link.sharesPay === share) return true;
    await tx.update(supporterLinks).set({ sharesPay: share }).where(eq(supporterLinks.id, link.id));
    if (share) {
      await tx
        .insert(consents)
        .values({ userId: workerId, purpose: 'supporter_pay', supporterId, textVersion: consentTexts.supporter_pay.version, givenAt: now });
    } else {
      await tx
        .update(consents)
        .set({ withdrawnAt: now })
        .where(and(eq(consents.userId, workerId), eq(consents.supporterId, supporterId), eq(consents.purpose, 'supporter_pay'), isNull(consents.withdrawnAt)));
    }
    await recordAudit(tx as unknown as Db, {
      actorId: workerId,
      action: share ? 'supporter.pay.allowed' : 'supporter.pay.withdrawn',
      subjectUserId: workerId,
      detail: { supporterId },
    });
    return true;
  });
}
