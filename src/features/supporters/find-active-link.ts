import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { supporterLinks } from '../workers/schema';
import { sharesSensitiveColumn, sharesWithSupporterColumn } from './shares-sensitive';

export type ActiveSupporterLink = { id: string; consentId: string; sharesPay: boolean; sharesSensitive: boolean; sharesCheckIns: boolean; createdAt: Date };

/** The supporter's active (not revoked) link to this worker, if any. */
export async function findActiveLink(db: Db, supporterId: string, workerId: string): Promise<ActiveSupporterLink | undefined> {
  const [link] = await db
    .select({ id: supporterLinks.id, consentId: supporterLinks.consentId, sharesPay: supporterLinks.sharesPay, sharesSensitive: sharesSensitiveColumn, sharesCheckIns: sharesWithSupporterColumn('supporter_check_ins'), createdAt: supporterLinks.createdAt })
    .from(supporterLinks)
    .where(and(eq(supporterLinks.supporterId, supporterId), eq(supporterLinks.workerId, workerId), isNull(supporterLinks.revokedAt)));
  return link;
}
