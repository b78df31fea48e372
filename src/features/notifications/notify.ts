import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import type { MessageKey } from '../../ui/i18n';
import { queueMail } from '../mail/queue-mail';
import { immediateMail } from './compose-notification-mail';
import { notificationPreferences, notifications } from './schema';

export type Notice = {
  key: MessageKey;
  params?: Record<string, string | number>;
  link?: string;
  /** The e-mail's subject, already in the reader's language: only for a caller telling one person at a time. */
  mailSubject?: string;
};

/**
 * Leaves an in-app message for each of these people, shown in each reader's own language, and
 * e-mails it at once to those who chose "すぐにメールで" and have an address — in the caller's
 * transaction, so the mail goes only if what it tells of happened. The rest hear by the daily
 * digest (run-jobs) or only in the app, as each chose.
 */
export async function notify(db: Db, userIds: readonly string[], message: Notice, now = new Date()): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  // A transaction of its own too (a savepoint inside the caller's), so a note and its e-mail go together.
  await db.transaction(async (tx) => {
    const mailNow = await tx
      .select({ id: users.id, email: users.email, locale: users.locale })
      .from(users)
      .innerJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
      .where(and(inArray(users.id, unique), isNotNull(users.email), isNull(users.disabledAt), eq(notificationPreferences.emailMode, 'immediate')));
    const mailed = new Set(mailNow.map((person) => person.id));
    const stored = { messageKey: message.key, params: message.params ?? {}, link: message.link ?? null };
    await tx.insert(notifications).values(unique.map((userId) => ({ userId, ...stored, createdAt: now, emailedAt: mailed.has(userId) ? now : null })));
    for (const person of mailNow) {
      const mail = immediateMail(person.locale ?? 'ja', stored, message.mailSubject);
      await queueMail(tx, { userId: person.id, toAddress: person.email!, ...mail }, now);
    }
  });
}
