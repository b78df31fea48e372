import type { Locale, Translate } from '../../ui/i18n';
import type { BusinessDate, Weekday } from './calendar';

/** A business date for people: 12月1日(火) or Tue 1 Dec; with the year when asked. Never shifted by a time zone. */
export function formatBusinessDate(date: BusinessDate, locale: Locale, options: { year?: boolean } = {}): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'UTC',
    year: options.year ? 'numeric' : undefined,
    month: locale === 'ja' ? 'long' : 'short',
    day: 'numeric',
    weekday: 'short',
  }).format(new Date(`${date}T00:00:00Z`));
}

export function weekdayName(t: Translate, weekday: Weekday): string {
  return t(`availability.weekday.${weekday}`);
}
