import { and, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { consents, supporterLinks } from '../workers/schema';

/**
 * The worker ends a link at any time: the link is revoked and all of its consents (the link and,
 * if given, pay, sensitive data and daily check-ins) are withdrawn. The records stay, with the time. False when there was no active link.
 */
export async function revokeSupporterLink(db: Db, workerId: string, supporterId: string, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const revoked = await tx
      .update(supporterLinks)
      .set({ revokedAt: now, sharesPay: false })
      .where(and(eq(supporterLinks.workerId, workerId), eq(supporterLinks.supporterId, supporterId), isNull(supporterLinks.revokedAt)))
      .returning({ id: supporterLinks.id });
    if (revoked.length === 0) return false;
    await tx
      .update(consents)
      .set({ withdrawnAt: now })
      .where(
        and(
          eq(consents.userId, workerId),
          eq(consents.supporterId, supporterId),
          inArray(consents.purpose, ['supporter_link', 'supporter_pay', 'supporter_sensitive', 'supporter_check_ins']),
          isNull(consents.withdrawnAt),
        ),
      );
    await recordAudit(tx as unknown as Db, { actorId: workerId, action: 'supporter.link.revoked', subjectUserId: workerId, detail: { supporterId } });
    return true;
  });
}
