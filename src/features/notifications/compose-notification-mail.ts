import { isMessageKey, translator, type Locale, type Translate } from '../../ui/i18n';
import { appLink } from '../mail/app-url';

type Stored = { messageKey: string; params: Record<string, string | number>; link: string | null };

/** A notification's text in the reader's language; one whose key is gone says so rather than failing. */
export function notificationText(t: Translate, item: Stored): string {
  return isMessageKey(item.messageKey) ? t(item.messageKey, item.params) : t('notifications.unknown');
}

/** Subjects stay short enough for a phone's mail list. */
const subjectLength = 40;
const shorten = (text: string) => (text.length > subjectLength ? `${text.slice(0, subjectLength - 1)}…` : text);

/** One notification as a plain-text e-mail, sent at once to people who chose that. */
export function immediateMail(locale: Locale, item: Stored, subject?: string): { subject: string; body: string } {
  const t = translator(locale);
  const text = notificationText(t, item);
  const url = appLink(item.link);
  return {
    subject: subject ?? t('notifications.mail.subject', { text: shorten(text) }),
    body: [text, url ? t('notifications.mail.open', { url }) : '', t('notifications.mail.footer')].filter(Boolean).join('\n\n') + '\n',
  };
}

/** Most a digest lists; the rest are counted and wait in the app. */
export const digestListLimit = 20;

/** The day's unread notifications as one plain-text e-mail, newest first. */
export function digestMail(locale: Locale, items: readonly Stored[]): { subject: string; body: string } {
  const t = translator(locale);
  const listed = items.slice(0, digestListLimit).map((item) => {
    const url = appLink(item.link);
    return `・${notificationText(t, item)}${url ? `\n  ${url}` : ''}`;
  });
  const more = items.length - listed.length;
  const url = appLink('/notifications');
  return {
    subject: t('notifications.digest.subject', { count: items.length }),
    body:
      [
        t('notifications.digest.lead', { count: items.length }),
        listed.join('\n'),
        more > 0 ? t('notifications.digest.more', { count: more }) : '',
        url ? t('notifications.digest.open', { url }) : '',
        t('notifications.mail.footer'),
      ]
        .filter(Boolean)
        .join('\n\n') + '\n',
  };
}
