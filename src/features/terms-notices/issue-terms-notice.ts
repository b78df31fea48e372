import { eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { queueMail } from '../mail/queue-mail';
import { notify } from '../notifications/notify';
import { buildTermsNoticeContent, contentSha256, type TermsNoticeContent } from './content';
import { gatherTermsNoticeFacts, type NoticeWork } from './gather-terms-notice-facts';
import { termsNoticeMail } from './notice-mail';
import { termsNotices, type TermsNoticeSource } from './schema';

export type IssueTermsNotice = {
  workerId: string;
  orderId: string;
  source: TermsNoticeSource;
  work: NoticeWork;
  /** The staff member behind it (the offer's director, whoever changed the terms); null when the worker took work themselves. */
  issuedBy?: string | null;
  /** For changed terms: the worker's latest notice on the order, which these terms replace once agreed. */
  supersedesId?: string | null;
  /** Content already built (a change of terms compares it before issuing); gathered here otherwise. */
  content?: TermsNoticeContent;
};

/**
 * Issues a 取引条件明示書 in the caller's transaction, so it exists exactly when the acceptance
 * does: the stored content and its SHA-256, an in-app notification, and the full notice by
 * e-mail when the worker's account has an address. Changed terms need the worker's agreement.
 */
export async function issueTermsNotice(db: Db, notice: IssueTermsNotice, now = new Date()): Promise<{ id: string; number: number }> {
  const content = notice.content ?? buildTermsNoticeContent(await gatherTermsNoticeFacts(db, notice.workerId, notice.orderId, notice.work, now));
  const requiresAgreement = notice.source === 'terms_change';
  const taskIds = 'taskIds' in notice.work ? notice.work.taskIds : [];
  const sha256 = contentSha256(content);
  const [row] = await db
    .insert(termsNotices)
    .values({
      workerId: notice.workerId,
      orderId: notice.orderId,
      taskId: taskIds.length === 1 ? taskIds[0]! : null,
      source: notice.source,
      supersedesId: notice.supersedesId ?? null,
      content,
      contentSha256: sha256,
      issuedAt: now,
      issuedBy: notice.issuedBy ?? null,
      requiresAgreement,
    })
    .returning({ id: termsNotices.id, number: termsNotices.number });
  const issued = row!;
  await notify(
    db,
    [notice.workerId],
    { key: requiresAgreement ? 'notification.termsChanged' : 'notification.termsIssued', params: { number: issued.number, order: content.order.title }, link: `/me/terms/${issued.id}` },
    now,
  );
  const [worker] = await db.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, notice.workerId));
  if (worker?.email) {
    const mail = termsNoticeMail(worker.locale ?? 'ja', { number: issued.number, content, contentSha256: sha256, requiresAgreement });
    await queueMail(db, { userId: notice.workerId, toAddress: worker.email, ...mail }, now);
  }
  return issued;
}
