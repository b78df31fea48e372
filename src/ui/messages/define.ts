/**
 * A feature's messages in both languages. Japanese is the source of truth; the English object
 * must have exactly the same keys (the type checks it).
 */
export function defineMessages<const Japanese extends Record<string, string>>(messages: {
  ja: Japanese;
  en: Record<keyof Japanese, string>;
}) {
  return messages;
}
