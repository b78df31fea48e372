import { en } from './messages/en';
import { ja, type MessageKey } from './messages/ja';

export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export type { MessageKey };

const catalogues: Record<Locale, Record<MessageKey, string>> = { ja, en };

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function isLocale(value: unknown): value is Locale {
  return value === 'ja' || value === 'en';
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.hasOwn(ja, value);
}

/** A function that looks a message up in one language and fills `{name}` placeholders. */
export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => {
    const template = catalogue[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}
