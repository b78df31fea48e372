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

/** A file's size for people: 820 byte, 34 KB, 1.2 MB. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] = bytes < 1024 ? [bytes, 'byte'] : bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** Whole yen as people read them: ￥12,000 (Japanese) or ¥12,000 (English). Yen has no decimals. */
export function formatYen(yen: number, locale: Locale): string {
  // en-JP: yen shown as ¥ rather than JP¥, which reads oddly on a Japanese programme's pages.
  return new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-JP', { style: 'currency', currency: 'JPY', maximumFractionDigits: 0 }).format(yen);
}

/** A month (YYYY-MM) as people read it: 2026年11月 / November 2026. */
export function formatMonth(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(new Date(`${month}-01T00:00:00Z`));
}
