import { TransactionRollbackError } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { consents, supporterLinks } from '../workers/schema';
import { consentTexts } from '../workers/consent-texts';
import { hasPendingProposal, proposalActions } from './proposals';

export type AgreeResult = { ok: true } | { ok: false; reason: 'notProposed' | 'alreadyLinked' };

/**
 * The worker agrees to a proposed supporter: the consent (with the version of the text they
 * read) and the active link are written together. Two agreements at once make one link: the
 * partial unique index lets one insert through, and the other transaction is rolled back whole.
 */
export async function agreeSupporterLink(db: Db, workerId: string, supporterId: string, now = new Date()): Promise<AgreeResult> {
  if (!(await hasPendingProposal(db, workerId, supporterId))) return { ok: false, reason: 'notProposed' };
  try {
    await db.transaction(async (tx) => {
      const [consent] = await tx
        .insert(consents)
        .values({ userId: workerId, purpose: 'supporter_link', supporterId, textVersion: consentTexts.supporter_link.version, givenAt: now })
        .returning({ id: consents.id });
      const [link] = await tx
        .insert(supporterLinks)
        .values({ supporterId, workerId, consentId: consent!.id, createdAt: now })
        .onConflictDoNothing()
        .returning({ id: supporterLinks.id });
      if (!link) tx.rollback();
      await recordAudit(tx as unknown as Db, {
        actorId: workerId,
        action: proposalActions.agreed,
        subjectUserId: workerId,
        detail: { supporterId, consentId: consent!.id },
      });
    });
  } catch (error) {
    if (error instanceof TransactionRollbackError) return { ok: false, reason: 'alreadyLinked' };
    throw error;
  }
  return { ok: true };
}
