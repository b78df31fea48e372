// Full-width katakana → half-width (JIS X 0201), as the 全銀 format writes account holders' names.
const fullWidthKatakana = 'ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';
const halfWidthKatakana = 'ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ';
// Small kana are written large in bank names (キュウ → キユウ); ヰヱ as イエ.
const largeKana: Record<string, string> = { ァ: 'ア', ィ: 'イ', ゥ: 'ウ', ェ: 'エ', ォ: 'オ', ャ: 'ヤ', ュ: 'ユ', ョ: 'ヨ', ッ: 'ツ', ヮ: 'ワ', ヵ: 'カ', ヶ: 'ケ', ヰ: 'イ', ヱ: 'エ' };
const allowed = /^[0-9A-Zｦ-ﾟ ().,\-/]+$/;

export const holderNameMaxLength = 30;

export type HolderNameResult =
  | { ok: true; value: string }
  | { ok: false; error: 'error.required' | 'worker.error.holderCharacters' | 'worker.error.holderLength' };

/**
 * An account holder's name (口座名義) in the characters 全銀 transfers allow: half-width katakana
 * (small kana made large, ー as -), capital letters, digits, space and ( ) . , - /. Hiragana,
 * full-width katakana and letters, lower case and full-width spaces are converted; anything else
 * (kanji, ・, …) is refused.
 */
export function normalizeHolderName(typed: string): HolderNameResult {
  const folded = typed
    .normalize('NFKC')
    .replace(/[\u3041-\u3096]/g, (hiragana) => String.fromCharCode(hiragana.charCodeAt(0) + 0x60))
    .toUpperCase()
    .replace(/[ァィゥェォャュョッヮヵヶヰヱ]/g, (small) => largeKana[small] ?? small)
    .replace(/[ー‐－−–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    // Voiced kana split into base + mark, then each base made half-width.
    .normalize('NFD')
    .replace(/\u3099/g, 'ﾞ')
    .replace(/\u309A/g, 'ﾟ')
    .replace(/[\u30A1-\u30FA]/g, (kana) => {
      const index = fullWidthKatakana.indexOf(kana);
      return index >= 0 ? halfWidthKatakana[index]! : kana;
    });
  if (folded === '') return { ok: false, error: 'error.required' };
  if (!allowed.test(folded)) return { ok: false, error: 'worker.error.holderCharacters' };
  if (folded.length > holderNameMaxLength) return { ok: false, error: 'worker.error.holderLength' };
  return { ok: true, value: folded };
}
