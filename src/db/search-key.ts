import { sql, type SQL } from 'drizzle-orm';

// Katakana ァ (U+30A1) … ヶ (U+30F6) and the hiragana ぁ (U+3041) … ゖ (U+3096) they fold to, one for one.
const katakana = String.fromCharCode(...Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, index) => 0x30a1 + index));
const hiragana = String.fromCharCode(...Array.from({ length: 0x3096 - 0x3041 + 1 }, (_, index) => 0x3041 + index));

/**
 * A name as search compares it: NFKC (half-width ｶﾀｶﾅ → カタカナ, full-width Ｌａｔｉｎ → Latin),
 * lower case, no spaces, katakana folded to hiragana. So ｶﾀｶﾅ, カタカナ and かたかな are one key.
 */
export function searchKey(text: string): string {
  let folded = '';
  for (const character of text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')) {
    const index = katakana.indexOf(character);
    folded += index === -1 ? character : hiragana[index];
  }
  return folded;
}

/** The same folding in SQL, for a column or expression (PostgreSQL's normalize needs a UTF-8 database). */
export function searchKeySql(expression: SQL): SQL {
  return sql`translate(replace(lower(normalize(${expression}, NFKC)), ' ', ''), ${katakana}, ${hiragana})`;
}

/** A LIKE pattern that finds `key` anywhere, with LIKE's own wildcards taken literally. */
export function containsPattern(key: string): string {
  return `%${key.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
