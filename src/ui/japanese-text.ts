/**
 * Kana as people type it — hiragana, half-width katakana, full-width spaces — folded to
 * full-width katakana with single ASCII spaces, for names read aloud (フリガナ).
 */
export function toKatakana(typed: string): string {
  return typed
    .normalize('NFKC')
    .replace(/[\u3041-\u3096]/g, (hiragana) => String.fromCharCode(hiragana.charCodeAt(0) + 0x60))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Only katakana, the long-vowel mark, middle dot and spaces. */
export function isKatakana(text: string): boolean {
  return /^[\u30A1-\u30FA\u30FC\u30FB ]+$/.test(text);
}
