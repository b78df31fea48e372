import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { consents, supporterLinks } from '../workers/schema';
import { consentTexts } from '../workers/consent-texts';
import { hasSharableSensitive } from './find-sensitive-for-supporter';

export type SetSupporterSensitiveResult = { ok: true } | { ok: false; reason: 'noLink' | 'nothingToShare' };

/**
 * The worker lets a linked supporter see their disability and health details (a
 * 'supporter_sensitive' consent), or stops it (the consent is withdrawn). Allowing needs an active
 * link and details stored under the worker's own sensitive-data consent.
 */
export async function setSupporterSensitive(
  db: Db,
  workerId: string,
  supporterId: string,
  share: boolean,
  now = new Date(),
): Promise<SetSupporterSensitiveResult> {
  return db.transaction(async (tx) => {
    const activeLink = and(eq(supporterLinks.workerId, workerId), eq(supporterLinks.supporterId, supporterId), isNull(supporterLinks.revokedAt));
    // Locks the link, so two clicks at once cannot give two consents.
    const [link] = await tx.select({ id: supporterLinks.id }).from(supporterLinks).where(activeLink).for('update');
    if (!link) return { ok: false, reason: 'noLink' };
    const active = and(eq(consents.userId, workerId), eq(consents.supporterId, supporterId), eq(consents.purpose, 'supporter_sensitive'), isNull(consents.withdrawnAt));
    const [current] = await tx.select({ id: consents.id }).from(consents).where(active).limit(1);
    if (share === (current !== undefined)) return { ok: true };
    if (share) {
      if (!(await hasSharableSensitive(tx as unknown as Db, workerId))) return { ok: false, reason: 'nothingToShare' };
      await tx
        .insert(consents)
        .values({ userId: workerId, purpose: 'supporter_sensitive', supporterId, textVersion: consentTexts.supporter_sensitive.version, givenAt: now });
    } else {
      await tx.update(consents).set({ withdrawnAt: now }).where(active);
    }
    await recordAudit(tx as unknown as Db, {
      actorId: workerId,
      action: share ? 'supporter.sensitive.allow' : 'supporter.sensitive.stop',
      subjectUserId: workerId,
      detail: { supporterId },
    });
    return { ok: true };
  });
}
