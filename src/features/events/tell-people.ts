import { inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { translator, type Locale, type MessageKey } from '../../ui/i18n';
import { queueMail } from '../mail/queue-mail';
import { notify } from '../notifications/notify';

export type EventMessage = {
  key: MessageKey;
  /** The message's values in the reader's language (dates are written the way each reads them). */
  params: (locale: Locale) => Record<string, string | number>;
  link: string;
  title: string;
};

/**
 * Tells each person in the app and, when their account has an address, by e-mail in their own
 * language, in the caller's transaction: the message goes out only if what it tells of happened.
 */
export async function tellPeople(db: Db, userIds: readonly string[], message: EventMessage, now = new Date()): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  const people = await db.select({ id: users.id, email: users.email, locale: users.locale }).from(users).where(inArray(users.id, unique));
  for (const person of people) {
    const locale = person.locale ?? 'ja';
    const params = message.params(locale);
    await notify(db, [person.id], { key: message.key, params, link: message.link }, now);
    if (person.email) {
      const t = translator(locale);
      await queueMail(db, { userId: person.id, toAddress: person.email, subject: t('events.mail.subject', { title: message.title }), body: `${t(message.key, params)}\n\n${t('events.mail.footer')}\n` }, now);
    }
  }
  return people.length;
}
