import type { Locale } from './i18n';

/** A moment shown in Japan's time zone, as people there read it. */
export function formatDateTime(moment: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(moment);
}

/** Items joined as each language lists them: 自宅、テレワークセンター / Home and Telework centre. */
export function formatList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
