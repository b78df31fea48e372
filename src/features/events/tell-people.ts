import { inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { translator, type Locale, type MessageKey } from '../../ui/i18n';
import { notify } from '../notifications/notify';

export type EventMessage = {
  key: MessageKey;
  /** The message's values in the reader's language (dates are written the way each reads them). */
  params: (locale: Locale) => Record<string, string | number>;
  link: string;
  title: string;
};

/**
 * Tells each person in the app and, as each chose in their notification settings (at once, in the
 * daily digest, or not), by e-mail in their own language; in the caller's transaction, so the
 * message goes out only if what it tells of happened.
 */
export async function tellPeople(db: Db, userIds: readonly string[], message: EventMessage, now = new Date()): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  const people = await db.select({ id: users.id, locale: users.locale }).from(users).where(inArray(users.id, unique));
  for (const person of people) {
    const locale = person.locale ?? 'ja';
    const mailSubject = translator(locale)('events.mail.subject', { title: message.title });
    await notify(db, [person.id], { key: message.key, params: message.params(locale), link: message.link, mailSubject }, now);
  }
  return people.length;
}
