import { and, eq, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { todayInJapan } from '../availability/calendar';
import { queueMail } from '../mail/queue-mail';
import { digestMail } from './compose-notification-mail';
import { notificationPreferences as preferences, notifications } from './schema';

/** Today's digest goes out at the first job round after 07:00 Japan time (no daylight saving, so always +09:00). */
export function digestTimeOn(now: Date): Date {
  return new Date(`${todayInJapan(now)}T07:00:00+09:00`);
}

const notDigestedSince = (digestTime: Date) => or(isNull(preferences.lastDigestAt), lt(preferences.lastDigestAt, digestTime));
const waiting = (now: Date) => and(isNull(notifications.readAt), isNull(notifications.emailedAt), lte(notifications.createdAt, now));

/**
 * Once a day, after 07:00 Japan time, e-mails each person in digest mode (the default) who has an
 * address the notifications they have neither read nor had by e-mail, in one message. Returns how many went.
 */
export async function sendDailyDigests(db: Db, now = new Date()): Promise<number> {
  const digestTime = digestTimeOn(now);
  if (now < digestTime) return 0;
  const people = await db
    .selectDistinct({ id: users.id })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(preferences, eq(preferences.userId, users.id))
    .where(and(waiting(now), isNotNull(users.email), isNull(users.disabledAt), sql`coalesce(${preferences.emailMode}, 'digest') = 'digest'`, notDigestedSince(digestTime)));
  let sent = 0;
  for (const person of people) if (await sendDigest(db, person.id, digestTime, now)) sent++;
  return sent;
}

async function sendDigest(db: Db, userId: string, digestTime: Date, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Someone who never chose has no row yet; the default row lets the day's digest be held below.
    await tx.insert(preferences).values({ userId, changedAt: now }).onConflictDoNothing();
    // Holds today's digest: of two rounds at once, only one moves last_digest_at past 07:00.
    const [held] = await tx
      .update(preferences)
      .set({ lastDigestAt: now })
      .where(and(eq(preferences.userId, userId), eq(preferences.emailMode, 'digest'), notDigestedSince(digestTime)))
      .returning({ userId: preferences.userId });
    if (!held) return false;
    const items = await tx
      .update(notifications)
      .set({ emailedAt: now })
      .where(and(eq(notifications.userId, userId), waiting(now)))
      .returning({ messageKey: notifications.messageKey, params: notifications.params, link: notifications.link, createdAt: notifications.createdAt });
    const [person] = await tx.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, userId));
    if (items.length === 0 || !person?.email) return false;
    items.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    await queueMail(tx, { userId, toAddress: person.email, ...digestMail(person.locale ?? 'ja', items) }, now);
    return true;
  });
}
